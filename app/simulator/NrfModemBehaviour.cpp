#include "simulator/NrfModemBehaviour.h"

#include "simulator/CredentialStore.h"
#include "simulator/DeviceOutput.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

enum CredentialType {
    CaCertificate = 0,
    ClientCertificate = 1,
    PrivateKey = 2,
    Psk = 3,
    PskIdentity = 4,
};

// CME error codes of %CMNG.
constexpr int notFound = 513;
constexpr int noAccess = 514;
constexpr int memoryFull = 515;
constexpr int notAllowedWhileActive = 518;
constexpr int alreadyExists = 519;
constexpr int invalidContent = 527;

constexpr quint32 highestUserTag = 2147483647;
// Real modems list credentials of their own under tags above the user range; one stands in for
// them so that a host's list parsing meets one.
constexpr quint32 modemOwnedTag = 4294967292u;

const QByteArray ok = "OK\r\n";
const QByteArray error = "ERROR\r\n";

std::optional<quint32> parseUnsigned(const QByteArray &text)
{
    bool valid = false;
    const qulonglong value = text.trimmed().toULongLong(&valid);
    if (!valid || value > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(value);
}

QByteArray typeName(int type)
{
    return QByteArray::number(type);
}

QByteArray modemOwnedDigest()
{
    return QCryptographicHash::hash("modem-owned credential of the device simulator",
                                    QCryptographicHash::Sha256);
}

bool looksLikeCertificate(const QByteArray &content)
{
    QByteArray pem = content;
    if (pem.endsWith('\n'))
        pem.chop(1);
    return pem.startsWith("-----BEGIN CERTIFICATE-----\n")
            && pem.endsWith("\n-----END CERTIFICATE-----");
}

} // namespace

NrfModemBehaviour::NrfModemBehaviour(DeviceContext context)
    : DeviceBehaviour(std::move(context))
{
}

void NrfModemBehaviour::boot()
{
    m_echo = options().echo;
    m_numericErrors = false;
    m_functionalMode = options().cfun;
    m_insideQuotes = false;
    m_buffer.clear();
}

void NrfModemBehaviour::receive(char byte)
{
    if (m_echo)
        output().send(QByteArray(1, byte));
    if (byte == 0x08 || byte == 0x7f) {
        if (!m_buffer.isEmpty())
            m_buffer.chop(1);
        return;
    }
    // A command ends at CR outside quotes; a CR inside quotes is part of the content. The LF of
    // a CRLF starts the next command and is skipped there.
    if (!m_insideQuotes) {
        if (byte == '\0')
            return;
        if (byte == '\r') {
            const QByteArray line = std::exchange(m_buffer, QByteArray());
            m_insideQuotes = false;
            if (!line.isEmpty())
                execute(line);
            return;
        }
    }
    // The AT host keeps one byte for the terminating NUL and drops what does not fit.
    if (m_buffer.size() + 1 > *options().lineMax - 1)
        return;
    m_buffer.append(byte);
    if (byte == '"')
        m_insideQuotes = !m_insideQuotes;
}

void NrfModemBehaviour::execute(const QByteArray &line)
{
    qsizetype start = 0;
    while (start < line.size() && (line.at(start) == '\n' || line.at(start) == ' '))
        ++start;
    const QByteArray command = line.mid(start);
    if (command.isEmpty())
        return;
    const QByteArray upper = command.left(12).toUpper();
    const bool writes = upper.startsWith("AT%CMNG=0") || upper.startsWith("AT%CMNG=3");
    output().commandStarted(busyTime(writes));
    output().send(run(command));
    output().commandFinished();
}

QByteArray NrfModemBehaviour::run(const QByteArray &command)
{
    qsizetype nameEnd = command.indexOf('=');
    const qsizetype query = command.indexOf('?');
    if (query >= 0 && (nameEnd < 0 || query < nameEnd))
        nameEnd = query;
    const QByteArray name =
            command.left(nameEnd < 0 ? command.size() : nameEnd).toUpper().trimmed();
    const QByteArray argument = nameEnd < 0 ? QByteArray() : command.mid(nameEnd);

    if (name == "AT" && argument.isEmpty())
        return ok;
    if ((name == "ATE0" || name == "ATE1" || name == "ATE") && argument.isEmpty()) {
        m_echo = name == "ATE1";
        return ok;
    }
    if (name == "AT+CMEE") {
        if (argument == "?")
            return "+CMEE: " + QByteArray::number(m_numericErrors ? 1 : 0) + "\r\n" + ok;
        if (argument == "=0" || argument == "=1") {
            m_numericErrors = argument == "=1";
            return ok;
        }
        return error;
    }
    if (name == "AT+CFUN") {
        if (argument == "?")
            return "+CFUN: " + QByteArray::number(m_functionalMode) + "\r\n" + ok;
        const std::optional<quint32> mode = parseUnsigned(argument.mid(1));
        if (!argument.startsWith('=') || !mode || !isFunctionalMode(int(*mode)))
            return error;
        m_functionalMode = int(*mode);
        ++m_functionalModeChanges;
        return ok;
    }
    if (name == "AT+CGSN") {
        const QByteArray imei = options().imei.toLatin1();
        if (argument.isEmpty() || argument == "=0")
            return imei + "\r\n" + ok;
        if (argument == "=1")
            return "+CGSN: \"" + imei + "\"\r\n" + ok;
        return error;
    }
    if (argument.isEmpty()) {
        if (name == "AT+CGMR")
            return options().firmware.value_or(QString()).toLatin1() + "\r\n" + ok;
        if (name == "AT+CGMM")
            return "nRF9160-SICA\r\n" + ok;
        if (name == "AT+CGMI")
            return "Nordic Semiconductor ASA\r\n" + ok;
    }
    if (name == "AT%CMNG" && argument.startsWith('=')) {
        // Parameters are split at commas outside quotes; quoted content is taken verbatim,
        // newlines included.
        QList<Parameter> parameters;
        Parameter current;
        bool quoted = false;
        for (const char c : argument.mid(1)) {
            if (c == '"') {
                quoted = !quoted;
                current.quoted = true;
            } else if (c == ',' && !quoted) {
                parameters.append(current);
                current = Parameter();
            } else if (quoted) {
                current.text.append(c);
            } else if (c != ' ') {
                current.text.append(c);
            }
        }
        if (quoted)
            return error;
        parameters.append(current);
        return credentialCommand(parameters);
    }
    return error;
}

QByteArray NrfModemBehaviour::credentialCommand(const QList<Parameter> &parameters)
{
    const QByteArray opcode = parameters.value(0).text;
    if (opcode == "0")
        return writeCredential(parameters);
    if (opcode == "1")
        return listCredentials(parameters);
    if (opcode == "2")
        return readCredential(parameters);
    if (opcode == "3")
        return deleteCredential(parameters);
    return error;
}

QByteArray NrfModemBehaviour::writeCredential(const QList<Parameter> &parameters)
{
    if (parameters.size() < 4 || parameters.size() > 5 || !parameters.at(3).quoted)
        return error;
    const std::optional<quint32> tag = parseUnsigned(parameters.at(1).text);
    const std::optional<quint32> type = parseUnsigned(parameters.at(2).text);
    if (!tag || !type || *type > PskIdentity)
        return error;
    if (isActive())
        return cmeError(notAllowedWhileActive);
    if (*tag > highestUserTag)
        return cmeError(noAccess);
    const QByteArray &content = parameters.at(3).text;
    if (content.isEmpty())
        return error;
    if (content.contains('\r')
        || ((*type == CaCertificate || *type == ClientCertificate)
            && !looksLikeCertificate(content))) {
        return cmeError(invalidContent);
    }
    const bool exists = store().find(*tag, int(*type)) != nullptr;
    if (exists && !options().overwrite)
        return cmeError(alreadyExists);
    if (!exists && store().count() >= *options().slots)
        return cmeError(memoryFull);
    if (rejectWrite(u"tag %1 type %2"_s.arg(*tag).arg(*type)))
        return cmeError(memoryFull);

    StoredCredential credential;
    credential.tag = *tag;
    credential.type = int(*type);
    credential.typeName = QString::fromLatin1(typeName(credential.type));
    credential.secret = *type == PrivateKey || *type == Psk;
    credential.bytes = content;
    // The modem's storage is not documented; it is charged like the station library's A/B
    // layout: erase the spare area, program the content, then the record header that makes it
    // current.
    eraseFlash(recordHeaderBytes + content.size());
    programFlash(recordHeaderBytes, content.size());
    programFlash(0, recordHeaderBytes);
    QString storeError;
    if (!storeCredential(credential, &storeError))
        note(storeError);
    return ok;
}

QByteArray NrfModemBehaviour::listCredentials(const QList<Parameter> &parameters)
{
    if (parameters.size() > 3)
        return error;
    std::optional<quint32> tagFilter;
    std::optional<quint32> typeFilter;
    if (parameters.size() >= 2) {
        tagFilter = parseUnsigned(parameters.at(1).text);
        if (!tagFilter)
            return error;
    }
    if (parameters.size() == 3) {
        typeFilter = parseUnsigned(parameters.at(2).text);
        if (!typeFilter)
            return error;
    }
    QByteArray reply;
    const auto row = [&](quint32 tag, int type, const QByteArray &sha256) {
        if ((tagFilter && tag != *tagFilter) || (typeFilter && quint32(type) != *typeFilter))
            return;
        reply += "%CMNG: " + QByteArray::number(tag) + ',' + typeName(type) + ",\""
                + sha256.toHex().toUpper() + "\"\r\n";
    };
    for (const StoredCredential &credential : store().all())
        row(credential.tag, credential.type, reportedSha256(credential));
    row(modemOwnedTag, CaCertificate, modemOwnedDigest());
    return reply + ok;
}

QByteArray NrfModemBehaviour::readCredential(const QList<Parameter> &parameters)
{
    if (parameters.size() != 3)
        return error;
    const std::optional<quint32> tag = parseUnsigned(parameters.at(1).text);
    const std::optional<quint32> type = parseUnsigned(parameters.at(2).text);
    if (!tag || !type)
        return error;
    if (isModemOwned(*tag))
        return cmeError(noAccess);
    const StoredCredential *credential = store().find(*tag, int(*type));
    if (!credential)
        return cmeError(notFound);
    // Keys are write-only: the modem proves it holds one only by its digest.
    if (credential->secret || !credential->hasBytes())
        return cmeError(noAccess);
    return "%CMNG: " + QByteArray::number(*tag) + ',' + typeName(credential->type) + ",\""
            + reportedSha256(*credential).toHex().toUpper() + "\",\"" + credential->bytes
            + "\"\r\n" + ok;
}

QByteArray NrfModemBehaviour::deleteCredential(const QList<Parameter> &parameters)
{
    if (parameters.size() != 3)
        return error;
    const std::optional<quint32> tag = parseUnsigned(parameters.at(1).text);
    const std::optional<quint32> type = parseUnsigned(parameters.at(2).text);
    if (!tag || !type)
        return error;
    if (isActive())
        return cmeError(notAllowedWhileActive);
    if (isModemOwned(*tag))
        return cmeError(noAccess);
    if (!store().find(*tag, int(*type)))
        return cmeError(notFound);
    // A deletion marks the record deleted: one header programmed.
    programFlash(0, recordHeaderBytes);
    QString storeError;
    if (!store().remove(*tag, int(*type), &storeError))
        note(storeError);
    return ok;
}

QByteArray NrfModemBehaviour::cmeError(int code) const
{
    if (!m_numericErrors)
        return error;
    return "+CME ERROR: " + QByteArray::number(code) + "\r\n";
}

bool NrfModemBehaviour::isFunctionalMode(int mode)
{
    // 0 off, 1 normal, 2 receive only, 4 offline, 20/21 LTE off/on, 30/31 GNSS off/on,
    // 40/41 UICC off/on, 44 offline with the UICC kept on.
    static const QList<int> modes{0, 1, 2, 4, 20, 21, 30, 31, 40, 41, 44};
    return modes.contains(mode);
}

bool NrfModemBehaviour::isActive() const
{
    // Nordic: write and delete are allowed only while the modem is not activated with +CFUN mode
    // 1, 2 or 21.
    return m_functionalMode == 1 || m_functionalMode == 2 || m_functionalMode == 21;
}

QJsonObject NrfModemBehaviour::status() const
{
    return {{u"functionalMode"_s, m_functionalMode}, {u"functionalModeChanges"_s, m_functionalModeChanges}};
}

bool NrfModemBehaviour::isModemOwned(quint32 tag) const
{
    return tag > highestUserTag;
}

} // namespace Simulator
