<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../roots_app/ui/crash.py" line="33"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/crash.py" line="37"/>
        <source>Roots met a problem it did not expect. Everything saved before this moment is safe. You can keep working; if it happens again, send the details below to your coordinator or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/crash.py" line="46"/>
        <source>The details are also in the log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/crash.py" line="53"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/crash.py" line="56"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="94"/>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="120"/>
        <source>Schools and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="123"/>
        <source>There are no schools yet. Create your school and team to begin, or explore a sample district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="128"/>
        <source>School, team or year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="128"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="128"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="130"/>
        <source>Schools, teams and assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="131"/>
        <source>New school and team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="132"/>
        <source>Start an assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="133"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/home.py" line="134"/>
        <source>Add sample district</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../roots_app/ui/labels.py" line="13"/>
        <source>Family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="14"/>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="15"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="16"/>
        <source>School staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="17"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="18"/>
        <source>Community partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="19"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="25"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="26"/>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/labels.py" line="27"/>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="120"/>
        <source>Roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="122"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="123"/>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="124"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="125"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="130"/>
        <source>Places in Roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="132"/>
        <source>New &amp;school and team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="133"/>
        <source>&amp;Start an assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="135"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="136"/>
        <source>&amp;About Roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="282"/>
        <source>About Roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/main_window.py" line="283"/>
        <source>Roots %1: family and community engagement, assessed together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../roots_app/ui/messages.py" line="20"/>
        <source>This database was saved by a newer version of Roots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="23"/>
        <source>Install the newest Roots to open it. Nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="29"/>
        <source>Roots could not read or save its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="30"/>
        <source>Close any other copy of Roots, check that the disk is not full, and try again. What you typed is still on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="38"/>
        <source>This file is not a valid rubric pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="39"/>
        <source>Ask whoever made the file for a corrected one. Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="45"/>
        <source>That record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="46"/>
        <source>It may have been deleted. Go back to Home and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="52"/>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="53"/>
        <source>Choose another folder, or free some disk space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="58"/>
        <source>Roots could not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="59"/>
        <source>Check what you entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/messages.py" line="69"/>
        <source>Roots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="36"/>
        <source>Start an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="42"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="49"/>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="54"/>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="58"/>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="59"/>
        <source>&amp;Rubric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="60"/>
        <source>School &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="62"/>
        <source>&amp;Members taking part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="64"/>
        <source>Members taking part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="75"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="107"/>
        <source>Create a school and team first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/new_assessment.py" line="112"/>
        <source>Write the school year like 2025-26.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolTeamDialog</name>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="30"/>
        <source>Create a school and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="37"/>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="38"/>
        <source>Family Action Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="39"/>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="40"/>
        <source>&amp;School name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="41"/>
        <source>&amp;Team name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="44"/>
        <source>Team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="49"/>
        <source>Add each member with their role. You can rate as a team without members, and add members later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="59"/>
        <source>New member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="62"/>
        <source>New member&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="65"/>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="72"/>
        <source>Members added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="74"/>
        <source>&amp;Remove selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="116"/>
        <source>Please give the school a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/dialogs/school_team.py" line="120"/>
        <source>Please give the team a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../roots_app/ui/pages/settings.py" line="49"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/settings.py" line="50"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/settings.py" line="51"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/settings.py" line="52"/>
        <source>Your data is kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/settings.py" line="53"/>
        <source>Log file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../roots_app/ui/models/summary_model.py" line="58"/>
        <source>Not yet rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/models/summary_model.py" line="75"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/models/summary_model.py" line="78"/>
        <source>Team (agreed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../roots_app/ui/pages/summary.py" line="63"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/summary.py" line="64"/>
        <source>← Back to the walkthrough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/summary.py" line="65"/>
        <source>Levels given, by category and rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/summary.py" line="69"/>
        <source>Open an assessment to see its summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/summary.py" line="72"/>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/summary.py" line="74"/>
        <source>%1 categories still need a team level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkthroughPage</name>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="158"/>
        <source>&amp;Who is rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="159"/>
        <source>Who is rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="160"/>
        <source>What it looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="161"/>
        <source>Where are we? Choose a level (press its number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="163"/>
        <source>&amp;Evidence: what is happening, or not happening, that puts us here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="165"/>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="166"/>
        <source>Previous category (Left arrow or Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="167"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="168"/>
        <source>Next category (Right arrow or Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="169"/>
        <source>Clear level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="170"/>
        <source>See summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="171"/>
        <source>Categories rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="210"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="215"/>
        <source>The team (agreed level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="239"/>
        <source>Category %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="251"/>
        <source>Level %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="258"/>
        <source>✔ Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="263"/>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="279"/>
        <source>%1 of %2 rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/walkthrough.py" line="322"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="63"/>
        <source>Welcome to Roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="66"/>
        <source>Roots helps your Family Action Team look at how families and the school work together, agree where you stand, and plan how to grow. Everything stays on this computer; no account or internet is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="71"/>
        <source>Language / Idioma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="75"/>
        <source>How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="76"/>
        <source>Create my school and team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="77"/>
        <source>Explore a sample district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../roots_app/ui/pages/welcome.py" line="80"/>
        <source>The sample district has made-up schools with several years of results, so you can look around before entering your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
