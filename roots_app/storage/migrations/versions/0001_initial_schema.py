"""Initial schema: schools, teams, members, rubric packs, assessments, ratings, agreements.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 22:50:52.405131
"""

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('rubric_packs',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('pack_id', sa.String(length=64), nullable=False),
    sa.Column('version', sa.String(length=32), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('imported', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rubric_packs')),
    sa.UniqueConstraint('pack_id', 'version', name=op.f('uq_rubric_packs_pack_id'))
    )
    op.create_table('schools',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=False),
    sa.Column('region', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schools'))
    )
    op.create_table('teams',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['schools.id'], name=op.f('fk_teams_school_id_schools')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams'))
    )
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teams_school_id'), ['school_id'], unique=False)

    op.create_table('assessments',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('pack_row_id', sa.String(length=36), nullable=False),
    sa.Column('pack_id', sa.String(length=64), nullable=False),
    sa.Column('pack_version', sa.String(length=32), nullable=False),
    sa.Column('school_year', sa.String(length=7), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('current_category', sa.String(length=64), nullable=False),
    sa.Column('current_rater', sa.String(length=36), nullable=False),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['pack_row_id'], ['rubric_packs.id'], name=op.f('fk_assessments_pack_row_id_rubric_packs')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_assessments_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessments'))
    )
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessments_pack_id'), ['pack_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assessments_school_year'), ['school_year'], unique=False)
        batch_op.create_index('ix_assessments_team_year', ['team_id', 'school_year'], unique=False)

    op.create_table('members',
    sa.Column('team_id', sa.String(length=36), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_members_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_members_team_id'), ['team_id'], unique=False)

    op.create_table('agreements',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('category_key', sa.String(length=64), nullable=False),
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_agreements_assessment_id_assessments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreements')),
    sa.UniqueConstraint('assessment_id', 'category_key', name=op.f('uq_agreements_assessment_id'))
    )
    op.create_table('assessment_members',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_assessment_members_assessment_id_assessments')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_assessment_members_member_id_members')),
    sa.PrimaryKeyConstraint('assessment_id', 'member_id', name=op.f('pk_assessment_members'))
    )
    op.create_table('ratings',
    sa.Column('assessment_id', sa.String(length=36), nullable=False),
    sa.Column('category_key', sa.String(length=64), nullable=False),
    sa.Column('member_id', sa.String(length=36), nullable=False),
    sa.Column('level', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['assessment_id'], ['assessments.id'], name=op.f('fk_ratings_assessment_id_assessments')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_ratings_member_id_members')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ratings')),
    sa.UniqueConstraint('assessment_id', 'category_key', 'member_id', name=op.f('uq_ratings_assessment_id'))
    )
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ratings_member_id'), ['member_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('ratings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ratings_member_id'))

    op.drop_table('ratings')
    op.drop_table('assessment_members')
    op.drop_table('agreements')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_team_id'))

    op.drop_table('members')
    with op.batch_alter_table('assessments', schema=None) as batch_op:
        batch_op.drop_index('ix_assessments_team_year')
        batch_op.drop_index(batch_op.f('ix_assessments_school_year'))
        batch_op.drop_index(batch_op.f('ix_assessments_pack_id'))

    op.drop_table('assessments')
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teams_school_id'))

    op.drop_table('teams')
    op.drop_table('schools')
    op.drop_table('rubric_packs')
    
