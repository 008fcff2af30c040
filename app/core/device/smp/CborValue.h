#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <utility>
#include <vector>

// One decoded CBOR data item (RFC 8949) of the subset SMP bodies use: unsigned and negative
// integers, byte and text strings, booleans, null, arrays and maps, definite or indefinite in
// length (Zephyr's zcbor writes its maps indefinite). Tags, floats and indefinite strings are
// refused. Decoding is bounded while reading: nesting, item count and every length are checked
// against what remains before anything is taken.
class CborValue
{
public:
    enum class Type { Unsigned, Negative, Bytes, Text, Bool, Null, Array, Map };

    static constexpr int maxDepth = 8;
    static constexpr int maxItems = 512;

    // Nullopt when bytes are not exactly one item of the subset; *error (if given) then says why.
    static std::optional<CborValue> decode(QByteArrayView bytes, const char **error = nullptr);

    Type type() const { return m_type; }
    bool isMap() const { return m_type == Type::Map; }
    // Integers as a signed value, where one fits.
    std::optional<qint64> integer() const;
    std::optional<bool> boolean() const;
    // Strings: their bytes; empty for anything else.
    const QByteArray &bytes() const { return m_bytes; }
    // The value under a text key of a map; null when there is none or this is not a map.
    const CborValue *value(QByteArrayView key) const;
    const std::vector<std::pair<CborValue, CborValue>> &entries() const { return m_entries; }
    const std::vector<CborValue> &elements() const { return m_elements; }

    // Overwrites the strings it holds, for a value that carried key material.
    void wipe();

private:
    friend class CborReader;

    Type m_type = Type::Null;
    quint64 m_number = 0; // Negative: the item is -1 - m_number
    bool m_flag = false;
    QByteArray m_bytes;
    std::vector<CborValue> m_elements;
    std::vector<std::pair<CborValue, CborValue>> m_entries;
};
