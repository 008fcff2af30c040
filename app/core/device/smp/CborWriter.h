#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Writes the CBOR (RFC 8949) a request body needs, in definite lengths and shortest forms: the
// caller says how many entries a map has. data() may hold key material: wipe() when done.
class CborWriter
{
public:
    ~CborWriter();

    CborWriter &map(quint64 entries);
    CborWriter &unsignedInteger(quint64 value);
    CborWriter &integer(qint64 value);
    CborWriter &text(QByteArrayView text);
    CborWriter &bytes(QByteArrayView bytes);
    CborWriter &boolean(bool value);
    CborWriter &array(quint64 elements);

    const QByteArray &data() const { return m_data; }
    qsizetype size() const { return m_data.size(); }
    void wipe();

    // Bytes the head of an item with this argument takes.
    static qsizetype headSize(quint64 argument);

private:
    void head(quint8 major, quint64 argument);

    QByteArray m_data;
};
