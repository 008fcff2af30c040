#include "foundry/HttpResponseParser.h"

#include "base/ForeignText.h"
#include "base/SecureWipe.h"

#include <algorithm>

namespace {

// Enough for any Foundry answer in one allocation, so that the bytes of a key are rarely moved.
constexpr qsizetype receiveReserve = 64 * 1024;
constexpr qsizetype bodyReserve = 16 * 1024;
constexpr qsizetype quotedBytes = 40;

// Appends without leaving an unwiped copy behind when the buffer has to move.
void appendWiping(QByteArray &buffer, QByteArrayView bytes)
{
    const qsizetype needed = buffer.size() + bytes.size();
    if (needed > buffer.capacity()) {
        QByteArray larger;
        larger.reserve(qMax(needed, 2 * buffer.capacity()));
        larger.append(buffer);
        SecureWipe::wipe(buffer);
        buffer = std::move(larger);
    }
    buffer.append(bytes);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// RFC 9110 token characters, which header names are made of.
bool isTokenCharacter(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u >= 0x7f)
        return false;
    return QByteArrayView("\"(),/:;<=>?@[\\]{}").indexOf(c) < 0;
}

// Field values may hold tabs and any visible or non-ASCII byte, but no other control character.
bool isFieldValueCharacter(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return c == '\t' || (u >= 0x20 && u != 0x7f);
}

// A non-negative decimal number of at most limit, or -1 when it is not one; -2 when it is larger.
qsizetype decimal(QByteArrayView digits, qsizetype limit)
{
    if (digits.isEmpty())
        return -1;
    qsizetype value = 0;
    for (const char c : digits) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
        if (value > limit)
            return -2;
    }
    return value;
}

QString quoted(QByteArrayView bytes)
{
    return ForeignText::escaped(bytes.left(quotedBytes));
}

} // namespace

HttpResponseParser::HttpResponseParser(QByteArrayView requestMethod)
    : m_headRequest(requestMethod == "HEAD")
{
    m_received.reserve(receiveReserve);
}

HttpResponseParser::~HttpResponseParser()
{
    SecureWipe::wipe(m_received);
    SecureWipe::wipe(m_response.body);
}

void HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_state == State::Complete || m_state == State::Failed || bytes.isEmpty())
        return;
    // Only what fits is kept; bytes past the limit are an error only if the answer needed them.
    const qsizetype room = maxHeaderBytes + maxBodyBytes - m_received.size();
    appendWiping(m_received, bytes.first(qMin(room, bytes.size())));
    while (step()) {
    }
    if (bytes.size() > room && m_state != State::Complete && m_state != State::Failed)
        fail(Failure::TooLarge, tr("the answer is larger than %1 bytes").arg(maxHeaderBytes + maxBodyBytes));
}

void HttpResponseParser::endOfInput()
{
    if (m_state == State::Body && m_framing == BodyFraming::UntilClose)
        complete();
}

HttpResponseParser::Line HttpResponseParser::takeLine(QByteArray *line)
{
    const qsizetype end = m_received.indexOf('\n', m_parsed);
    const qsizetype length = (end < 0 ? m_received.size() : end + 1) - m_parsed;
    if (m_headBytes + length > maxHeaderBytes) {
        fail(Failure::TooLarge, tr("the answer's header lines are longer than %1 bytes").arg(maxHeaderBytes));
        return Line::Failed;
    }
    if (end < 0)
        return Line::Incomplete;
    m_headBytes += length;
    *line = m_received.sliced(m_parsed, end - m_parsed);
    if (line->endsWith('\r'))
        line->chop(1);
    m_parsed = end + 1;
    return Line::Taken;
}

bool HttpResponseParser::step()
{
    QByteArray line;
    switch (m_state) {
    case State::Complete:
    case State::Failed:
        return false;
    case State::StatusLine:
        return takeLine(&line) == Line::Taken && statusLine(line);
    case State::Headers:
        if (takeLine(&line) != Line::Taken)
            return false;
        if (!line.isEmpty())
            return headerLine(line);
        // Interim answers (100 Continue) come before the real one; their heads count towards the limit.
        if (m_response.status < 200) {
            m_state = State::StatusLine;
            return true;
        }
        return beginBody();
    case State::Body: {
        const qsizetype available = m_received.size() - m_parsed;
        if (m_framing == BodyFraming::ContentLength) {
            takeBody(qMin(available, m_remaining));
            if (m_remaining == 0)
                complete();
            return false;
        }
        if (available > maxBodyBytes - m_response.body.size()) {
            fail(Failure::TooLarge, tr("the answer's body is larger than %1 bytes").arg(maxBodyBytes));
            return false;
        }
        takeBody(available);
        return false;
    }
    case State::ChunkSize:
        return takeLine(&line) == Line::Taken && chunkSize(line);
    case State::ChunkData:
        takeBody(qMin(m_received.size() - m_parsed, m_remaining));
        if (m_remaining > 0)
            return false;
        m_state = State::ChunkEnd;
        return true;
    case State::ChunkEnd:
        if (takeLine(&line) != Line::Taken)
            return false;
        if (!line.isEmpty()) {
            fail(Failure::Protocol, tr("a chunk of the answer is longer than its size says"));
            return false;
        }
        m_headBytes = 0;
        m_state = State::ChunkSize;
        return true;
    case State::Trailers:
        if (takeLine(&line) != Line::Taken)
            return false;
        if (line.isEmpty()) {
            complete();
            return false;
        }
        return true;
    }
    return false;
}

bool HttpResponseParser::statusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK": the reason phrase is optional and means nothing.
    const bool shaped = line.size() >= 12 && line.startsWith("HTTP/1.") && isDigit(line.at(7)) && line.at(8) == ' '
        && isDigit(line.at(9)) && isDigit(line.at(10)) && isDigit(line.at(11)) && (line.size() == 12 || line.at(12) == ' ');
    const int status = shaped ? (line.at(9) - '0') * 100 + (line.at(10) - '0') * 10 + (line.at(11) - '0') : 0;
    if (status < 100 || status > 599) {
        fail(Failure::Protocol, tr("the server did not answer in HTTP (it sent \"%1\")").arg(quoted(line)));
        return false;
    }
    m_response.status = status;
    m_response.headers.clear();
    m_state = State::Headers;
    return true;
}

bool HttpResponseParser::headerLine(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = QByteArrayView(line).left(qMax<qsizetype>(colon, 0));
    const QByteArrayView value = QByteArrayView(line).sliced(colon + 1).trimmed();
    if (colon <= 0 || !std::all_of(name.begin(), name.end(), isTokenCharacter)
        || !std::all_of(value.begin(), value.end(), isFieldValueCharacter)) {
        fail(Failure::Protocol, tr("a malformed header line (\"%1\")").arg(quoted(line)));
        return false;
    }
    m_response.headers.append({name.toByteArray(), value.toByteArray()});
    return true;
}

bool HttpResponseParser::beginBody()
{
    if (m_headRequest || m_response.status == 204 || m_response.status == 304) {
        complete();
        return false;
    }
    m_response.body.reserve(bodyReserve);
    if (const QByteArray transferEncoding = m_response.header("Transfer-Encoding"); !transferEncoding.isEmpty()) {
        if (transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(Failure::Protocol, tr("an unsupported Transfer-Encoding \"%1\"").arg(quoted(transferEncoding)));
            return false;
        }
        m_framing = BodyFraming::Chunked;
        m_headBytes = 0;
        m_state = State::ChunkSize;
        return true;
    }
    // Several Content-Length headers must agree, or the body's end is anyone's guess.
    QByteArray contentLength;
    for (const auto &[name, value] : std::as_const(m_response.headers)) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!contentLength.isNull() && value != contentLength) {
            fail(Failure::Protocol, tr("Content-Length headers that disagree"));
            return false;
        }
        contentLength = value;
    }
    if (contentLength.isNull()) {
        m_framing = BodyFraming::UntilClose;
        m_state = State::Body;
        return true;
    }
    m_remaining = decimal(contentLength, maxBodyBytes);
    if (m_remaining < 0) {
        fail(m_remaining == -2 ? Failure::TooLarge : Failure::Protocol,
             tr("an unusable Content-Length \"%1\"").arg(quoted(contentLength)));
        return false;
    }
    m_framing = BodyFraming::ContentLength;
    // The whole body in one allocation: it may hold a key, and growing it would leave copies.
    m_response.body.reserve(m_remaining);
    if (m_remaining == 0) {
        complete();
        return false;
    }
    m_state = State::Body;
    return true;
}

bool HttpResponseParser::chunkSize(const QByteArray &line)
{
    // chunk-size [ ";" extensions ]: the extensions mean nothing to the station.
    const qsizetype extension = line.indexOf(';');
    const QByteArrayView digits = QByteArrayView(line).left(extension < 0 ? line.size() : extension).trimmed();
    qsizetype size = digits.isEmpty() ? -1 : 0;
    const qsizetype room = maxBodyBytes - m_response.body.size();
    for (const char c : digits) {
        const int value = hexValue(c);
        if (value < 0) {
            size = -1;
            break;
        }
        size = size * 16 + value;
        if (size > room) {
            fail(Failure::TooLarge, tr("the answer's body is larger than %1 bytes").arg(maxBodyBytes));
            return false;
        }
    }
    if (size < 0) {
        fail(Failure::Protocol, tr("a malformed chunk size \"%1\" in the answer").arg(quoted(line)));
        return false;
    }
    m_remaining = size;
    m_headBytes = 0;
    m_state = size == 0 ? State::Trailers : State::ChunkData;
    return true;
}

void HttpResponseParser::takeBody(qsizetype bytes)
{
    appendWiping(m_response.body, QByteArrayView(m_received).sliced(m_parsed, bytes));
    m_parsed += bytes;
    if (m_framing != BodyFraming::UntilClose)
        m_remaining -= bytes;
}

void HttpResponseParser::fail(Failure failure, const QString &errorString)
{
    m_failure = failure;
    m_errorString = errorString;
    m_state = State::Failed;
    SecureWipe::wipe(m_response.body);
    SecureWipe::wipe(m_received);
}

void HttpResponseParser::complete()
{
    m_state = State::Complete;
    SecureWipe::wipe(m_received);
}
