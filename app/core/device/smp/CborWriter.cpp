#include "device/smp/CborWriter.h"

#include "base/SecureWipe.h"

CborWriter::~CborWriter()
{
    wipe();
}

void CborWriter::wipe()
{
    SecureWipe::wipe(m_data);
    m_data.clear();
}

qsizetype CborWriter::headSize(quint64 argument)
{
    if (argument < 24)
        return 1;
    if (argument <= 0xff)
        return 2;
    if (argument <= 0xffff)
        return 3;
    if (argument <= 0xffffffffu)
        return 5;
    return 9;
}

void CborWriter::head(quint8 major, quint64 argument)
{
    const qsizetype size = headSize(argument);
    const quint8 info = size == 1 ? quint8(argument) : quint8(24 + (size == 2 ? 0 : size == 3 ? 1 : size == 5 ? 2 : 3));
    m_data.append(char((major << 5) | info));
    for (qsizetype i = size - 2; i >= 0; --i)
        m_data.append(char((argument >> (8 * i)) & 0xff));
}

CborWriter &CborWriter::map(quint64 entries)
{
    head(5, entries);
    return *this;
}

CborWriter &CborWriter::array(quint64 elements)
{
    head(4, elements);
    return *this;
}

CborWriter &CborWriter::unsignedInteger(quint64 value)
{
    head(0, value);
    return *this;
}

CborWriter &CborWriter::integer(qint64 value)
{
    if (value >= 0)
        head(0, quint64(value));
    else
        head(1, quint64(-1 - value));
    return *this;
}

CborWriter &CborWriter::text(QByteArrayView text)
{
    head(3, quint64(text.size()));
    m_data.append(text.data(), text.size());
    return *this;
}

CborWriter &CborWriter::bytes(QByteArrayView bytes)
{
    head(2, quint64(bytes.size()));
    m_data.append(bytes.data(), bytes.size());
    return *this;
}

CborWriter &CborWriter::boolean(bool value)
{
    m_data.append(char(value ? 0xf5 : 0xf4));
    return *this;
}
