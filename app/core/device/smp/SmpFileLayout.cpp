#include "device/smp/SmpFileLayout.h"

#include "base/Base64Text.h"
#include "base/ForeignText.h"
#include "base/PemBlock.h"

#include <QStringList>

namespace {

// Zephyr's littlefs and FAT take names up to 255 bytes; MCUmgr's own limit
// (CONFIG_MCUMGR_GRP_FS_PATH_LEN) is 64 by default.
constexpr qsizetype maxPathBytes = 64;

const QString encodingKey = QStringLiteral("encoding");
const QString certificateKey = QStringLiteral("certificate");
const QString privateKeyKey = QStringLiteral("privateKey");
const QString caCertificateKey = QStringLiteral("caCertificate");

}

SmpFileLayout SmpFileLayout::defaults(Encoding encoding)
{
    SmpFileLayout layout;
    layout.encoding = encoding;
    const bool der = encoding == Encoding::Der;
    layout.certificatePath = der ? QStringLiteral("/lfs/cred/{slot}/client.der") : QStringLiteral("/lfs/cred/{slot}/client.crt");
    layout.privateKeyPath = der ? QStringLiteral("/lfs/cred/{slot}/client-key.der") : QStringLiteral("/lfs/cred/{slot}/client.key");
    layout.caCertificatePath = der ? QStringLiteral("/lfs/cred/{slot}/ca.der") : QStringLiteral("/lfs/cred/{slot}/ca.crt");
    return layout;
}

QString SmpFileLayout::encodingName(Encoding encoding)
{
    return encoding == Encoding::Der ? QStringLiteral("der") : QStringLiteral("pem");
}

std::optional<SmpFileLayout::Encoding> SmpFileLayout::encodingFromName(const QString &name)
{
    for (const Encoding encoding : {Encoding::Pem, Encoding::Der}) {
        if (encodingName(encoding) == name)
            return encoding;
    }
    return std::nullopt;
}

QByteArray SmpFileLayout::path(int slot, CredentialKind kind) const
{
    const QString &pattern = kind == CredentialKind::Certificate ? certificatePath
        : kind == CredentialKind::PrivateKey                     ? privateKeyPath
                                                                 : caCertificatePath;
    return QString(pattern).replace(QLatin1String("{slot}"), QString::number(slot)).toUtf8();
}

QString SmpFileLayout::problem() const
{
    for (const QString &pattern : {certificatePath, privateKeyPath, caCertificatePath}) {
        const QByteArray path = QString(pattern).replace(QLatin1String("{slot}"), QStringLiteral("2147483647")).toUtf8();
        // From station.ini: shown only escaped, whichever check it fails.
        const QString shown = ForeignText::escaped(pattern);
        if (!path.startsWith('/'))
            return tr("the file path %1 does not start with /; MCUmgr takes absolute paths only").arg(shown);
        if (path.size() > maxPathBytes)
            return tr("the file path %1 is longer than the %2 bytes MCUmgr takes by default").arg(shown).arg(maxPathBytes);
        for (const char byte : path) {
            if (quint8(byte) < 0x20 || byte == 0x7f)
                return tr("the file path %1 holds a control character").arg(shown);
        }
    }
    if (certificatePath == privateKeyPath || certificatePath == caCertificatePath || privateKeyPath == caCertificatePath)
        return tr("two credentials would share one file; give each its own path");
    return {};
}

std::optional<QCA::SecureArray> SmpFileLayout::encode(const QCA::SecureArray &pem, QString *problem) const
{
    if (encoding == Encoding::Pem) {
        // LF line ends, as the station writes PEM everywhere; in locked memory, as it may be a key.
        QCA::SecureArray text(pem.size());
        int length = 0;
        for (int i = 0; i < pem.size(); ++i) {
            if (pem[i] != '\r')
                text[length++] = pem[i];
        }
        text.resize(length);
        return text;
    }
    const QByteArrayView text(pem.constData(), pem.size());
    const std::optional<PemBlock> block = PemBlock::find(text, problem);
    if (!block)
        return std::nullopt;
    const QByteArrayView body = text.sliced(block->bodyBegin, block->bodyEnd - block->bodyBegin);
    if (const QString wrong = Base64Text::problem(body); !wrong.isEmpty()) {
        *problem = wrong;
        return std::nullopt;
    }
    return Base64Text::decodeSecure(body);
}

QJsonObject SmpFileLayout::toJson() const
{
    return {{encodingKey, encodingName(encoding)},
            {certificateKey, certificatePath},
            {privateKeyKey, privateKeyPath},
            {caCertificateKey, caCertificatePath}};
}

std::optional<SmpFileLayout> SmpFileLayout::fromJson(const QJsonObject &json, QString *problem)
{
    const QStringList keys{encodingKey, certificateKey, privateKeyKey, caCertificateKey};
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        if (!keys.contains(it.key()) || !it.value().isString()) {
            *problem = tr("the file layout holds \"%1\", which is not a layout this station writes")
                           .arg(ForeignText::escaped(it.key().left(64)));
            return std::nullopt;
        }
    }
    if (json.size() != keys.size()) {
        *problem = tr("the file layout does not name its encoding and all three paths");
        return std::nullopt;
    }
    const std::optional<Encoding> encoding = encodingFromName(json.value(encodingKey).toString());
    if (!encoding) {
        *problem = tr("the file encoding \"%1\" is neither pem nor der")
                       .arg(ForeignText::escaped(json.value(encodingKey).toString().left(64)));
        return std::nullopt;
    }
    SmpFileLayout layout;
    layout.encoding = *encoding;
    layout.certificatePath = json.value(certificateKey).toString();
    layout.privateKeyPath = json.value(privateKeyKey).toString();
    layout.caCertificatePath = json.value(caCertificateKey).toString();
    if (const QString wrong = layout.problem(); !wrong.isEmpty()) {
        *problem = wrong;
        return std::nullopt;
    }
    return layout;
}
