#include "jobs/ProductProfile.h"

#include "base/ForeignText.h"
#include "device/DeviceInspection.h"
#include "device/DeviceProfiles.h"
#include "foundry/TopicRules.h"
#include "jobs/TopicTemplate.h"

#include <QRegularExpression>
#include <QSettings>

namespace {

const QString deviceProfileKey = QStringLiteral("deviceProfile");
const QString slotKey = QStringLiteral("slot");
const QString topicsKey = QStringLiteral("topicsTemplate");
const QString baudKey = QStringLiteral("baud");
const QString scannedKey = QStringLiteral("requiresScannedDeviceId");
const QString autoStartKey = QStringLiteral("autoStart");
const QString smpEncodingKey = QStringLiteral("smpEncoding");
const QString smpCertificateKey = QStringLiteral("smpCertificatePath");
const QString smpPrivateKeyKey = QStringLiteral("smpPrivateKeyPath");
const QString smpCaCertificateKey = QStringLiteral("smpCaCertificatePath");

// A whole number from the file, or -1, which every check refuses.
int wholeNumber(const QVariant &value)
{
    bool ok = false;
    const int number = value.toString().trimmed().toInt(&ok);
    return ok ? number : -1;
}

} // namespace

ProductProfile::ProductProfile()
    : deviceProfile(DeviceInspection::automatic)
{
}

bool ProductProfile::isName(const QString &name)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9 ._-]{0,62}[A-Za-z0-9._-])?$"));
    return shape.match(name).hasMatch();
}

QStringList ProductProfile::problems() const
{
    QStringList found;
    if (!isName(name))
        found << tr("the product name \"%1\" is not usable; use letters, digits, blanks, dots, hyphens and "
                    "underscores (at most 64), such as tracker-v2")
                     .arg(ForeignText::escaped(name));
    found << m_unreadable;
    if (deviceProfile != DeviceInspection::automatic && !DeviceProfiles::isKnown(deviceProfile))
        found << tr("there is no device profile \"%1\"; choose %2 or one of %3")
                     .arg(ForeignText::escaped(deviceProfile), DeviceInspection::automatic,
                          DeviceProfiles::names().join(QLatin1String(", ")));
    if (slot < 0)
        found << tr("the slot must be a whole number of 0 or more (1 is usual)");
    if (const QString files = smpFiles.problem(); !files.isEmpty())
        found << ForeignText::escaped(files);
    SerialSettings line;
    line.portName = QStringLiteral("-");
    line.baudRate = baudRate;
    if (const QString invalid = line.validate(); !invalid.isEmpty())
        found << invalid;
    if (topicTemplates.isEmpty()) {
        found << tr("the product has no topics; name at least one, such as devices/{deviceId}/telemetry");
    } else {
        for (const QString &topicTemplate : topicTemplates) {
            if (ForeignText::escaped(topicTemplate) != topicTemplate)
                found << tr("the topic \"%1\" holds a control character; type it again without it")
                             .arg(ForeignText::escaped(topicTemplate));
        }
        // Every field filled in with a plain value: what is left wrong is the template's own.
        QMap<QString, QString> sample;
        for (const QString &field : {QStringLiteral("deviceId"), QStringLiteral("serial"), QStringLiteral("imei"),
                                     QStringLiteral("firmware")})
            sample.insert(field, QStringLiteral("x"));
        QString error;
        const QStringList topics = TopicTemplate::expand(topicTemplates, sample, &error);
        if (!error.isEmpty())
            found << ForeignText::escaped(error);
        else
            for (const QString &topicError : TopicRules::check(topics).errors)
                found << ForeignText::escaped(topicError);
    }
    return found;
}

ProvisioningJob::Settings ProductProfile::jobSettings(const QString &deviceId) const
{
    ProvisioningJob::Settings settings;
    settings.deviceId = deviceId;
    settings.slot = slot;
    settings.topicTemplates = topicTemplates;
    return settings;
}

void ProductProfile::applyTo(ProvisioningLane::Setup *setup) const
{
    setup->profile = deviceProfile;
    setup->serial.baudRate = baudRate;
    setup->smpFiles = smpFiles;
}

bool ProductProfile::fitsLane(const ProvisioningLane::Setup &setup) const
{
    return setup.profile == deviceProfile && setup.serial.baudRate == baudRate && setup.smpFiles == smpFiles;
}

ProductProfile ProductProfile::read(QSettings &settings, const QString &name)
{
    ProductProfile product;
    product.name = name;
    if (settings.contains(deviceProfileKey))
        product.deviceProfile = settings.value(deviceProfileKey).toString();
    if (settings.contains(slotKey))
        product.slot = wholeNumber(settings.value(slotKey));
    if (settings.contains(baudKey))
        product.baudRate = wholeNumber(settings.value(baudKey));
    product.topicTemplates = TopicRules::splitCommaSeparated(settings.value(topicsKey).toString());
    const auto flag = [&settings, &product](const QString &key, const QString &what, bool *value) {
        if (!settings.contains(key))
            return;
        const QString text = settings.value(key).toString().trimmed();
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            *value = text == QLatin1String("true");
        else
            product.m_unreadable << tr("whether %1 is \"%2\", neither true nor false; choose one in the product "
                                       "profiles")
                                        .arg(what, ForeignText::escaped(text.left(64)));
    };
    flag(scannedKey, tr("a scanned device ID is required"), &product.requiresScannedDeviceId);
    flag(autoStartKey, tr("jobs start on their own"), &product.autoStart);
    if (settings.contains(smpEncodingKey)) {
        const QString encoding = settings.value(smpEncodingKey).toString().trimmed();
        if (const std::optional<SmpFileLayout::Encoding> known = SmpFileLayout::encodingFromName(encoding))
            product.smpFiles = SmpFileLayout::defaults(*known);
        else
            product.m_unreadable << tr("the MCUmgr file encoding is \"%1\", neither pem nor der; choose one in the "
                                       "product profiles")
                                        .arg(ForeignText::escaped(encoding.left(64)));
    }
    // Paths not given are the encoding's defaults.
    for (const auto &[key, path] : {std::pair{smpCertificateKey, &product.smpFiles.certificatePath},
                                    std::pair{smpPrivateKeyKey, &product.smpFiles.privateKeyPath},
                                    std::pair{smpCaCertificateKey, &product.smpFiles.caCertificatePath}}) {
        if (settings.contains(key))
            *path = settings.value(key).toString();
    }
    return product;
}

void ProductProfile::write(QSettings &settings) const
{
    settings.setValue(deviceProfileKey, deviceProfile);
    settings.setValue(slotKey, slot);
    settings.setValue(topicsKey, topicTemplates.join(QLatin1Char(',')));
    settings.setValue(baudKey, baudRate);
    settings.setValue(scannedKey, requiresScannedDeviceId);
    settings.setValue(autoStartKey, autoStart);
    settings.setValue(smpEncodingKey, SmpFileLayout::encodingName(smpFiles.encoding));
    settings.setValue(smpCertificateKey, smpFiles.certificatePath);
    settings.setValue(smpPrivateKeyKey, smpFiles.privateKeyPath);
    settings.setValue(smpCaCertificateKey, smpFiles.caCertificatePath);
}
