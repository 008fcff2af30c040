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
    <name>BulkRevocationPlan</name>
    <message numerus="yes">
        <source>the row has %n field(s); a row has two, the certificate ID and the device ID</source>
        <translation>
            <numerusform>the row has %n field; a row has two, the certificate ID and the device ID</numerusform>
            <numerusform>the row has %n fields; a row has two, the certificate ID and the device ID</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message numerus="yes">
        <source>Dry run, nothing revoked yet: %n row(s).</source>
        <translation>
            <numerusform>Dry run, nothing revoked yet: %n row.</numerusform>
            <numerusform>Dry run, nothing revoked yet: %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s) on Foundry? Revocation cannot be undone: those devices can no longer connect, and each needs a new certificate provisioned.</source>
        <translation>
            <numerusform>Revoke %n certificate on Foundry? Revocation cannot be undone: that device can no longer connect, and needs a new certificate provisioned.</numerusform>
            <numerusform>Revoke %n certificates on Foundry? Revocation cannot be undone: those devices can no longer connect, and each needs a new certificate provisioned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not in this station&apos;s journal.</source>
        <translation>
            <numerusform>%n of them is not in this station&apos;s journal.</numerusform>
            <numerusform>%n of them are not in this station&apos;s journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s)</source>
        <translation>
            <numerusform>Revoke %n certificate</numerusform>
            <numerusform>Revoke %n certificates</numerusform>
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
<context>
    <name>StationRecovery</name>
    <message numerus="yes">
        <source>%n unfinished job(s) from %1: a station stopped before they ended.</source>
        <translation>
            <numerusform>%n unfinished job from %1: a station stopped before it ended.</numerusform>
            <numerusform>%n unfinished jobs from %1: a station stopped before they ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished.</source>
        <translation>
            <numerusform>%n job finished.</numerusform>
            <numerusform>%n jobs finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) rolled back.</source>
        <translation>
            <numerusform>%n job rolled back.</numerusform>
            <numerusform>%n jobs rolled back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need a person: see Needs attention on the Certificates page.</source>
        <translation>
            <numerusform>%n job needs a person: see Needs attention on the Certificates page.</numerusform>
            <numerusform>%n jobs need a person: see Needs attention on the Certificates page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be recovered now (Foundry or the device did not answer, or another station is on them): recover again later.</source>
        <translation>
            <numerusform>%n job could not be recovered now (Foundry or the device did not answer, or another station is on it): recover again later.</numerusform>
            <numerusform>%n jobs could not be recovered now (Foundry or the device did not answer, or another station is on them): recover again later.</numerusform>
        </translation>
    </message>
</context>
</TS>
