#include "device/smp/CborValue.h"

#include "base/SecureWipe.h"

#include <limits>

class CborReader
{
public:
    explicit CborReader(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    bool read(CborValue *value, int depth);
    bool atEnd() const { return m_position == m_bytes.size(); }
    const char *error = nullptr;

private:
    bool fail(const char *why)
    {
        if (!error)
            error = why;
        return false;
    }
    bool argument(quint8 info, quint64 *argument);
    bool isBreak() const { return m_position < m_bytes.size() && quint8(m_bytes.at(m_position)) == 0xff; }

    QByteArrayView m_bytes;
    qsizetype m_position = 0;
    int m_items = 0;
};

bool CborReader::argument(quint8 info, quint64 *argument)
{
    if (info < 24) {
        *argument = info;
        return true;
    }
    if (info > 27)
        return fail("reserved or indefinite length where a number belongs");
    const qsizetype length = qsizetype(1) << (info - 24);
    if (m_bytes.size() - m_position < length)
        return fail("item cut short");
    quint64 result = 0;
    for (qsizetype i = 0; i < length; ++i)
        result = (result << 8) | quint8(m_bytes.at(m_position + i));
    m_position += length;
    *argument = result;
    return true;
}

bool CborReader::read(CborValue *value, int depth)
{
    if (depth > CborValue::maxDepth)
        return fail("nested too deep");
    if (++m_items > CborValue::maxItems)
        return fail("too many items");
    if (m_position >= m_bytes.size())
        return fail("item cut short");
    const quint8 initial = quint8(m_bytes.at(m_position++));
    const quint8 major = initial >> 5;
    const quint8 info = initial & 0x1f;
    const bool indefinite = info == 31 && (major == 4 || major == 5);
    quint64 number = 0;
    if (!indefinite && major != 7 && !argument(info, &number))
        return false;
    switch (major) {
    case 0:
        value->m_type = CborValue::Type::Unsigned;
        value->m_number = number;
        return true;
    case 1:
        value->m_type = CborValue::Type::Negative;
        value->m_number = number;
        return true;
    case 2:
    case 3:
        if (number > quint64(m_bytes.size() - m_position))
            return fail("string longer than what remains");
        value->m_type = major == 2 ? CborValue::Type::Bytes : CborValue::Type::Text;
        value->m_bytes = QByteArray(m_bytes.data() + m_position, qsizetype(number));
        m_position += qsizetype(number);
        return true;
    case 4:
    case 5: {
        value->m_type = major == 4 ? CborValue::Type::Array : CborValue::Type::Map;
        // Every item takes at least a byte: a count beyond what remains cannot be true.
        if (!indefinite && number > quint64(m_bytes.size() - m_position))
            return fail("more items announced than bytes remain");
        for (quint64 i = 0; indefinite || i < number; ++i) {
            if (indefinite && isBreak()) {
                ++m_position;
                return true;
            }
            if (major == 4) {
                value->m_elements.emplace_back();
                if (!read(&value->m_elements.back(), depth + 1))
                    return false;
            } else {
                value->m_entries.emplace_back();
                if (!read(&value->m_entries.back().first, depth + 1) || !read(&value->m_entries.back().second, depth + 1))
                    return false;
            }
        }
        return true;
    }
    case 6:
        return fail("tags are not part of SMP");
    case 7:
        if (info == 20 || info == 21) {
            value->m_type = CborValue::Type::Bool;
            value->m_flag = info == 21;
            return true;
        }
        if (info == 22) {
            value->m_type = CborValue::Type::Null;
            return true;
        }
        return fail(info == 31 ? "break outside an indefinite item" : "floats and simple values are not part of SMP");
    }
    return fail("unknown major type");
}

std::optional<CborValue> CborValue::decode(QByteArrayView bytes, const char **error)
{
    CborReader reader(bytes);
    CborValue value;
    if (!reader.read(&value, 0)) {
        if (error)
            *error = reader.error;
        value.wipe();
        return std::nullopt;
    }
    if (!reader.atEnd()) {
        if (error)
            *error = "bytes after the item";
        value.wipe();
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> CborValue::integer() const
{
    constexpr auto max = quint64(std::numeric_limits<qint64>::max());
    if (m_type == Type::Unsigned && m_number <= max)
        return qint64(m_number);
    if (m_type == Type::Negative && m_number <= max)
        return -1 - qint64(m_number);
    return std::nullopt;
}

std::optional<bool> CborValue::boolean() const
{
    if (m_type != Type::Bool)
        return std::nullopt;
    return m_flag;
}

const CborValue *CborValue::value(QByteArrayView key) const
{
    for (const auto &[name, item] : m_entries) {
        if (name.m_type == Type::Text && name.m_bytes == key)
            return &item;
    }
    return nullptr;
}

void CborValue::wipe()
{
    SecureWipe::wipe(m_bytes);
    for (CborValue &element : m_elements)
        element.wipe();
    for (auto &[name, item] : m_entries) {
        name.wipe();
        item.wipe();
    }
}
