#include "simulator/CredentialStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <limits>

using namespace Qt::StringLiterals;

namespace Simulator {

CredentialStore::CredentialStore(QString path, QString profileName)
    : m_path(std::move(path))
    , m_profileName(std::move(profileName))
{
}

bool CredentialStore::load(QString *error)
{
    m_items.clear();
    if (m_path.isEmpty())
        return true;
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"%1 is not a store file: %2"_s.arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value("profile"_L1).toString() != m_profileName) {
        *error = u"%1 holds the credentials of a %2 device, not of a %3 device"_s.arg(
                m_path, root.value("profile"_L1).toString(), m_profileName);
        return false;
    }
    for (const QJsonValue &value : root.value("credentials"_L1).toArray()) {
        const QJsonObject item = value.toObject();
        StoredCredential credential;
        const double tag = item.value("tag"_L1).toDouble(-1);
        credential.tag = quint32(tag);
        credential.type = item.value("typeCode"_L1).toInt(-1);
        credential.typeName = item.value("type"_L1).toString();
        credential.secret = item.value("secret"_L1).toBool();
        credential.format = item.value("format"_L1).toString();
        credential.length = qint64(item.value("length"_L1).toDouble(-1));
        credential.sha256 = QByteArray::fromHex(item.value("sha256"_L1).toString().toLatin1());
        if (item.contains("data"_L1)) {
            const auto decoded = QByteArray::fromBase64Encoding(
                    item.value("data"_L1).toString().toLatin1(),
                    QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = u"%1: the data of tag %2 is not base64"_s.arg(m_path).arg(credential.tag);
                return false;
            }
            // The bytes are the truth; the digest beside them is for people reading the file.
            credential.bytes = *decoded;
            credential.length = credential.bytes.size();
            credential.sha256 = QCryptographicHash::hash(credential.bytes,
                                                         QCryptographicHash::Sha256);
        }
        if (tag < 0 || tag > double(std::numeric_limits<quint32>::max()) || credential.type < 0
            || credential.length < 0 || credential.sha256.size() != 32
            || (!credential.secret && !item.contains("data"_L1))) {
            *error = u"%1: credential %2 is incomplete"_s.arg(m_path).arg(m_items.size() + 1);
            return false;
        }
        m_items[{credential.tag, credential.type}] = credential;
    }
    return true;
}

bool CredentialStore::clear(QString *error)
{
    m_items.clear();
    return save(error);
}

const StoredCredential *CredentialStore::find(quint32 tag, int type) const
{
    const auto it = m_items.find({tag, type});
    return it == m_items.end() ? nullptr : &it->second;
}

QList<StoredCredential> CredentialStore::all() const
{
    QList<StoredCredential> items;
    for (const auto &[key, credential] : m_items)
        items.append(credential);
    return items;
}

bool CredentialStore::put(StoredCredential credential, QString *error)
{
    credential.length = credential.bytes.size();
    credential.sha256 = QCryptographicHash::hash(credential.bytes, QCryptographicHash::Sha256);
    m_items[{credential.tag, credential.type}] = std::move(credential);
    return save(error);
}

bool CredentialStore::remove(quint32 tag, int type, QString *error)
{
    m_items.erase({tag, type});
    return save(error);
}

QByteArray CredentialStore::toJson(QJsonDocument::JsonFormat format) const
{
    QJsonArray credentials;
    for (const auto &[key, credential] : m_items) {
        QJsonObject item{
                {u"tag"_s, double(credential.tag)},
                {u"type"_s, credential.typeName},
                {u"typeCode"_s, credential.type},
                {u"length"_s, double(credential.length)},
                {u"sha256"_s, QString::fromLatin1(credential.sha256.toHex())},
        };
        if (!credential.format.isEmpty())
            item.insert(u"format"_s, credential.format);
        // A private key never touches the disk, not even in a simulator.
        if (credential.secret)
            item.insert(u"secret"_s, true);
        else
            item.insert(u"data"_s, QString::fromLatin1(credential.bytes.toBase64()));
        credentials.append(item);
    }
    const QJsonObject root{{u"profile"_s, m_profileName}, {u"credentials"_s, credentials}};
    return QJsonDocument(root).toJson(format);
}

bool CredentialStore::save(QString *error) const
{
    if (m_path.isEmpty())
        return true;
    QSaveFile file(m_path);
    const QByteArray json = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Simulator
