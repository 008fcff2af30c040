#include "device/DeviceAccess.h"

#include "base/ForeignText.h"
#include "device/DeviceProfile.h"
#include "device/DeviceProfiles.h"
#include "device/profiles/McuMgrSmpProfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

const QString profileKey = QStringLiteral("profile");
const QString baudKey = QStringLiteral("baud");
const QString smpFilesKey = QStringLiteral("smpFiles");
const QLatin1StringView mcuMgrSmp{"mcumgr-smp"};

// What toText() writes is well under this; more is not a record this program wrote.
constexpr qsizetype maxTextLength = 2048;

} // namespace

DeviceAccess DeviceAccess::of(const DeviceProfile &profile)
{
    DeviceAccess access;
    access.profile = DeviceProfiles::variantName(profile);
    if (const std::optional<SerialSettings> line = profile.line())
        access.baudRate = line->baudRate;
    if (const auto *smp = qobject_cast<const McuMgrSmpProfile *>(&profile))
        access.smpFiles = smp->fileLayout();
    return access;
}

QString DeviceAccess::toText() const
{
    QJsonObject json{{profileKey, profile}, {baudKey, baudRate}};
    if (profile == mcuMgrSmp)
        json.insert(smpFilesKey, smpFiles.toJson());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

std::optional<DeviceAccess> DeviceAccess::fromJournal(const QString &profileName, const QString &text, qint32 fallbackBaud,
                                                      QString *problem)
{
    DeviceAccess access;
    access.profile = profileName;
    access.baudRate = fallbackBaud;
    if (text.isEmpty())
        return access;
    const auto refuse = [problem](const QString &why) {
        *problem = tr("the journal's record of how the job spoke to its device is not usable: %1").arg(why);
        return std::nullopt;
    };
    if (text.size() > maxTextLength)
        return refuse(tr("it is longer than %1 characters").arg(maxTextLength));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(tr("it is not a JSON object"));
    const QJsonObject json = document.object();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (it.key() != profileKey && it.key() != baudKey && it.key() != smpFilesKey)
            return refuse(tr("it holds \"%1\", which this station does not write").arg(ForeignText::escaped(it.key().left(64))));
    }
    const QJsonValue recordedProfile = json.value(profileKey);
    access.profile = recordedProfile.toString();
    // The job's own row names the profile; the record may only add the variant it was set up as.
    if (!recordedProfile.isString() || !DeviceProfiles::isKnown(access.profile)
        || (access.profile != profileName && !access.profile.startsWith(profileName + QLatin1Char(':'))))
        return refuse(tr("it names the device profile \"%1\", not a variant of the job's %2")
                          .arg(ForeignText::escaped(recordedProfile.toVariant().toString().left(64)),
                               ForeignText::escaped(profileName)));
    const QJsonValue baud = json.value(baudKey);
    SerialSettings line;
    line.portName = QStringLiteral("-");
    line.baudRate = baud.toInt(-1);
    if (!baud.isDouble() || baud.toDouble() != line.baudRate)
        return refuse(tr("its baud rate is not a whole number"));
    if (const QString invalid = line.validate(); !invalid.isEmpty())
        return refuse(invalid);
    access.baudRate = line.baudRate;
    const bool smp = access.profile == mcuMgrSmp;
    if (json.contains(smpFilesKey) != smp)
        return refuse(smp ? tr("it names no file layout for the MCUmgr device")
                          : tr("it names a file layout for a device that is not an MCUmgr device"));
    if (smp) {
        if (!json.value(smpFilesKey).isObject())
            return refuse(tr("its file layout is not a JSON object"));
        QString wrong;
        const std::optional<SmpFileLayout> layout = SmpFileLayout::fromJson(json.value(smpFilesKey).toObject(), &wrong);
        if (!layout)
            return refuse(wrong); // escaped where it quotes the record
        access.smpFiles = *layout;
    }
    return access;
}

SerialSettings DeviceAccess::serial(SerialSettings base) const
{
    base.baudRate = baudRate;
    return base;
}

DeviceProfile *DeviceAccess::createProfile(QObject *parent) const
{
    DeviceProfile *created = DeviceProfiles::create(profile, parent);
    if (auto *smp = qobject_cast<McuMgrSmpProfile *>(created))
        smp->setFileLayout(smpFiles);
    return created;
}
