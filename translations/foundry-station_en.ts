<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BatchBar</name>
    <message numerus="yes">
        <source>%n job(s) saved to %1, the lanes&apos; log to %2.</source>
        <translation>
            <numerusform>%n job saved to %1, the lanes&apos; log to %2.</numerusform>
            <numerusform>%n jobs saved to %1, the lanes&apos; log to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message numerus="yes">
        <source>%n job(s) found.</source>
        <translation>
            <numerusform>%n job found.</numerusform>
            <numerusform>%n jobs found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) exported to %1.</source>
        <translation>
            <numerusform>%n job exported to %1.</numerusform>
            <numerusform>%n jobs exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvisioningJob</name>
    <message numerus="yes">
        <source>provisioning certificate %1 to device %2 failed after %n request(s): %3</source>
        <translation>
            <numerusform>provisioning certificate %1 to device %2 failed after %n request: %3</numerusform>
            <numerusform>provisioning certificate %1 to device %2 failed after %n requests: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationBatch</name>
    <message numerus="yes">
        <source>The work order&apos;s %n unit(s) are provisioned, so no lane starts a new job: start a new batch or raise the cap to go on.</source>
        <translation>
            <numerusform>The work order&apos;s %n unit is provisioned, so no lane starts a new job: start a new batch or raise the cap to go on.</numerusform>
            <numerusform>The work order&apos;s %n units are provisioned, so no lane starts a new job: start a new batch or raise the cap to go on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) of the work order provisioned.</source>
        <translation>
            <numerusform>%1 of %n unit of the work order provisioned.</numerusform>
            <numerusform>%1 of %n units of the work order provisioned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationLog</name>
    <message numerus="yes">
        <source>Foundry %1: %2 in %3 ms, %n request(s)</source>
        <translation>
            <numerusform>Foundry %1: %2 in %3 ms, %n request</numerusform>
            <numerusform>Foundry %1: %2 in %3 ms, %n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Foundry %1: %2 (%3) in %4 ms, %n request(s): %5</source>
        <translation>
            <numerusform>Foundry %1: %2 (%3) in %4 ms, %n request: %5</numerusform>
            <numerusform>Foundry %1: %2 (%3) in %4 ms, %n requests: %5</numerusform>
        </translation>
    </message>
</context>
</TS>
