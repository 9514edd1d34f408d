<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/counts.py" line="+16"/>
        <source>%n school(s)</source>
        <translation>
            <numerusform>%n school</numerusform>
            <numerusform>%n schools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n plan(s) were saved in %1.</source>
        <translation>
            <numerusform>%n plan was saved in %1.</numerusform>
            <numerusform>%n plans were saved in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln item(s) (schools, members, ratings, plans…) were saved in %1.</source>
        <translation>
            <numerusform>%Ln item (schools, members, ratings, plans…) was saved in %1.</numerusform>
            <numerusform>%Ln items (schools, members, ratings, plans…) were saved in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistrictPage</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/district.py" line="+324"/>
        <source>%n school(s) in %1; change compared with %2.</source>
        <translation>
            <numerusform>%n school in %1; change compared with %2.</numerusform>
            <numerusform>%n schools in %1; change compared with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n school(s) of %3 in %1; change compared with %2.</source>
        <translation>
            <numerusform>%n school of %3 in %1; change compared with %2.</numerusform>
            <numerusform>%n schools of %3 in %1; change compared with %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeModel</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/models/home_model.py" line="+223"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/dialogs/pack_editor.py" line="+420"/>
        <source>Levels (%n)</source>
        <translation>
            <numerusform>Levels (%n)</numerusform>
            <numerusform>Levels (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Categories (%n)</source>
        <translation>
            <numerusform>Categories (%n)</numerusform>
            <numerusform>Categories (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+192"/>
        <source>This pack has %n level(s). A pack has 3 to 7; each category has a descriptor for each level.</source>
        <translation>
            <numerusform>This pack has %n level. A pack has 3 to 7; each category has a descriptor for each level.</numerusform>
            <numerusform>This pack has %n levels. A pack has 3 to 7; each category has a descriptor for each level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+363"/>
        <source>%n problem(s) to fix before saving (Enter on one goes to its field):</source>
        <translation>
            <numerusform>%n problem to fix before saving (Enter on it goes to its field):</numerusform>
            <numerusform>%n problems to fix before saving (Enter on one goes to its field):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Not saved: %n problem(s) to fix first (Enter on one goes to its field):</source>
        <translation>
            <numerusform>Not saved: %n problem to fix first (Enter on it goes to its field):</numerusform>
            <numerusform>Not saved: %n problems to fix first (Enter on one goes to its field):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The printed sheets need a pack without problems: %n to fix first (Enter on one goes to its field):</source>
        <translation>
            <numerusform>The printed sheets need a pack without problems: %n to fix first (Enter on it goes to its field):</numerusform>
            <numerusform>The printed sheets need a pack without problems: %n to fix first (Enter on one goes to its field):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/plan.py" line="+486"/>
        <source>%n open action(s) carried forward.</source>
        <translation>
            <numerusform>%n open action carried forward.</numerusform>
            <numerusform>%n open actions carried forward.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetEntry</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/sheet_entry.py" line="+487"/>
        <source>%1 already has other levels for %n category(ies).</source>
        <translation>
            <numerusform>%1 already has another level for %n category.</numerusform>
            <numerusform>%1 already has other levels for %n categories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetReview</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/sheet_review.py" line="+264"/>
        <source>%n to settle</source>
        <translation>
            <numerusform>%n to settle</numerusform>
            <numerusform>%n to settle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n sheet(s) read.</source>
        <translation>
            <numerusform>%n sheet read.</numerusform>
            <numerusform>%n sheets read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unclear mark(s) to settle.</source>
        <translation>
            <numerusform>%n unclear mark to settle.</numerusform>
            <numerusform>%n unclear marks to settle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+165"/>
        <source>%n sheet(s) differ from ratings already saved on a laptop.</source>
        <translation>
            <numerusform>%n sheet differs from ratings already saved on a laptop.</numerusform>
            <numerusform>%n sheets differ from ratings already saved on a laptop.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateImportDialog</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/dialogs/state_import.py" line="+80"/>
        <source>%1: the state&apos;s layout of %2, %n row(s).</source>
        <translation>
            <numerusform>%1: the state&apos;s layout of %2, %n row.</numerusform>
            <numerusform>%1: the state&apos;s layout of %2, %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StateReportPage</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/state_report.py" line="+348"/>
        <source>Median of %n team(s)</source>
        <translation>
            <numerusform>Median of %n team</numerusform>
            <numerusform>Median of %n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Median of %n team(s). %1 Mapped: it takes levels agreed on another version of the LCFF pack, read in the state&apos;s practices through its lineage.</source>
        <translation>
            <numerusform>Median of %n team. %1 Mapped: it takes levels agreed on another version of the LCFF pack, read in the state&apos;s practices through its lineage.</numerusform>
            <numerusform>Median of %n teams. %1 Mapped: it takes levels agreed on another version of the LCFF pack, read in the state&apos;s practices through its lineage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Teams&apos; medians for %n practice(s); – means none.</source>
        <translation>
            <numerusform>Teams&apos; medians for %n practice; – means none.</numerusform>
            <numerusform>Teams&apos; medians for %n practices; – means none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>Mapped, not rated on this rubric: median of %n team(s) on %1</source>
        <translation>
            <numerusform>Mapped, not rated on this rubric: median of %n team on %1</numerusform>
            <numerusform>Mapped, not rated on this rubric: median of %n teams on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamViewPage</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/team_view.py" line="+373"/>
        <source>%1 of %n member(s) have rated every category.</source>
        <translation>
            <numerusform>%1 of %n member has rated every category.</numerusform>
            <numerusform>%1 of %n members have rated every category.</numerusform>
        </translation>
    </message>
</context>
</TS>
