<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DistrictPage</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/district.py" line="+245"/>
        <source>%n school(s) in %1; change compared with %2.</source>
        <translation>
            <numerusform>%n school in %1; change compared with %2.</numerusform>
            <numerusform>%n schools in %1; change compared with %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetEntry</name>
    <message numerus="yes">
        <location filename="../roots_app/ui/pages/sheet_entry.py" line="+514"/>
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
        <location filename="../roots_app/ui/pages/sheet_review.py" line="+326"/>
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
        <location line="+164"/>
        <source>%n sheet(s) differ from ratings already saved on a laptop.</source>
        <translation>
            <numerusform>%n sheet differs from ratings already saved on a laptop.</numerusform>
            <numerusform>%n sheets differ from ratings already saved on a laptop.</numerusform>
        </translation>
    </message>
</context>
</TS>
