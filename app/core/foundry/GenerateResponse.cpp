#include "foundry/GenerateResponse.h"

#include "base/SecureWipe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {

const QByteArray privateField = QByteArrayLiteral("private");

// Walks the members of the top-level JSON object without building a document, so that the value of
// "private" can be lifted into locked memory before QJsonDocument (which copies freely) sees it.
// Anything unexpected stops the walk; QJsonDocument then reports the syntax error precisely.
class PrivateFieldExtractor
{
public:
    explicit PrivateFieldExtractor(QByteArray &body)
        : m_body(body)
    {
    }

    bool found() const { return m_found; }
    bool isString() const { return m_isString; }
    bool duplicated() const { return m_duplicated; }
    QCA::SecureArray value() const { return m_value; }

    void run()
    {
        skipSpace();
        if (!consume('{'))
            return;
        while (true) {
            skipSpace();
            if (peek() == '}')
                return;
            qsizetype keyBegin = 0;
            qsizetype keyEnd = 0;
            if (!stringSpan(&keyBegin, &keyEnd))
                return;
            const bool isPrivate = m_body.sliced(keyBegin, keyEnd - keyBegin) == privateField;
            skipSpace();
            if (!consume(':'))
                return;
            skipSpace();
            if (isPrivate) {
                if (m_found)
                    m_duplicated = true;
                m_found = true;
                if (peek() == '"') {
                    qsizetype begin = 0;
                    qsizetype end = 0;
                    if (!stringSpan(&begin, &end))
                        return;
                    m_isString = unescapeInto(begin, end);
                    // Same length, still valid JSON, no longer a secret.
                    std::fill(m_body.begin() + begin, m_body.begin() + end, 'x');
                } else if (!skipValue()) {
                    return;
                }
            } else if (!skipValue()) {
                return;
            }
            skipSpace();
            if (consume(','))
                continue;
            return;
        }
    }

private:
    char peek() const { return m_pos < m_body.size() ? m_body.at(m_pos) : '\0'; }

    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_body.size()) {
            const char c = m_body.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }

    // On success, [*begin, *end) is the raw text between the quotes and m_pos is past the closing quote.
    bool stringSpan(qsizetype *begin, qsizetype *end)
    {
        if (!consume('"'))
            return false;
        *begin = m_pos;
        while (m_pos < m_body.size()) {
            const char c = m_body.at(m_pos);
            if (c == '\\') {
                m_pos += 2;
                continue;
            }
            if (c == '"') {
                *end = m_pos;
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        return false;
    }

    bool skipValue()
    {
        if (peek() == '"') {
            qsizetype begin = 0;
            qsizetype end = 0;
            return stringSpan(&begin, &end);
        }
        int depth = 0;
        while (m_pos < m_body.size()) {
            const char c = m_body.at(m_pos);
            if (c == '"') {
                qsizetype begin = 0;
                qsizetype end = 0;
                if (!stringSpan(&begin, &end))
                    return false;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    return true;
                --depth;
            } else if (c == ',' && depth == 0) {
                return true;
            }
            ++m_pos;
        }
        return depth == 0;
    }

    // Base64 text needs no escapes, but a JSON encoder may still write "\/" or wrap lines with "\n".
    bool unescapeInto(qsizetype begin, qsizetype end)
    {
        m_value = QCA::SecureArray(static_cast<int>(end - begin));
        int length = 0;
        for (qsizetype i = begin; i < end; ++i) {
            char c = m_body.at(i);
            if (c == '\\') {
                if (++i >= end)
                    return false;
                switch (m_body.at(i)) {
                case '/': c = '/'; break;
                case '\\': c = '\\'; break;
                case '"': c = '"'; break;
                case 'n': c = '\n'; break;
                case 'r': c = '\r'; break;
                case 't': c = '\t'; break;
                default: return false;
                }
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return false;
            }
            m_value[length++] = c;
        }
        m_value.resize(length);
        return true;
    }

    QByteArray &m_body;
    qsizetype m_pos = 0;
    bool m_found = false;
    bool m_isString = false;
    bool m_duplicated = false;
    QCA::SecureArray m_value;
};

} // namespace

bool GenerateResponse::isCertificateId(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return shape.match(text).hasMatch();
}

GenerateResponse GenerateResponse::parse(QByteArray &body)
{
    GenerateResponse response;
    PrivateFieldExtractor extractor(body);
    extractor.run();
    response.m_privateKeyBase64 = extractor.value();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    SecureWipe::wipe(body);

    if (parseError.error != QJsonParseError::NoError) {
        response.m_shapeError = tr("the response is not valid JSON (%1 at byte %2)")
                                    .arg(parseError.errorString()).arg(parseError.offset);
        return response;
    }
    if (!document.isObject()) {
        response.m_shapeError = tr("the response is JSON but not an object");
        return response;
    }
    const QJsonObject object = document.object();
    QStringList problems;
    const auto stringField = [&](const char *name, QString *out) {
        const QJsonValue value = object.value(QLatin1String(name));
        if (value.isUndefined())
            problems << tr("field \"%1\" is missing").arg(QLatin1String(name));
        else if (!value.isString() || value.toString().isEmpty())
            problems << tr("field \"%1\" is not a non-empty string").arg(QLatin1String(name));
        else
            *out = value.toString();
    };
    stringField("id", &response.m_id);
    // Anything else is not an AWS certificate ID; it is neither shown to people nor sent back to
    // Foundry in a revoke, where it could only name something other than what was issued.
    if (!response.m_id.isEmpty() && !isCertificateId(response.m_id)) {
        problems << tr("field \"id\" is not a certificate ID (64 hexadecimal digits)");
        response.m_id.clear();
    }
    stringField("arn", &response.m_arn);
    QString certificate;
    stringField("cert", &certificate);
    response.m_certificateBase64 = certificate.toLatin1();
    if (!extractor.found())
        problems << tr("field \"private\" is missing");
    else if (extractor.duplicated())
        problems << tr("field \"private\" appears more than once");
    else if (!extractor.isString() || response.m_privateKeyBase64.isEmpty())
        problems << tr("field \"private\" is not a non-empty string");

    if (!problems.isEmpty()) {
        response.m_shapeError = tr("the response does not have the documented shape: %1").arg(problems.join(QLatin1String("; ")));
        response.m_privateKeyBase64.clear();
    }
    return response;
}
