#include "device/SerialPortList.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace {

QString hex4(quint16 value)
{
    return QStringLiteral("%1").arg(value, 4, 16, QLatin1Char('0'));
}

// ttyUSB2 before ttyUSB10: names are a prefix and a number.
bool nameLess(const QString &a, const QString &b)
{
    const auto split = [](const QString &name) {
        qsizetype digits = name.size();
        while (digits > 0 && name.at(digits - 1).isDigit())
            --digits;
        return std::pair{name.left(digits), name.mid(digits).toULongLong()};
    };
    return split(a) < split(b);
}

} // namespace

SerialPortList::Port SerialPortList::Port::from(const QSerialPortInfo &info)
{
    Port port;
    port.name = info.portName();
    port.systemLocation = info.systemLocation();
    port.description = info.description();
    port.manufacturer = info.manufacturer();
    port.serialNumber = info.serialNumber();
    if (info.hasVendorIdentifier())
        port.vendorId = info.vendorIdentifier();
    if (info.hasProductIdentifier())
        port.productId = info.productIdentifier();
    return port;
}

QString SerialPortList::Port::usbId() const
{
    if (!vendorId || !productId)
        return {};
    return hex4(*vendorId) + QLatin1Char(':') + hex4(*productId);
}

QJsonObject SerialPortList::Port::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("systemLocation"), systemLocation},
        {QStringLiteral("description"), description},
        {QStringLiteral("manufacturer"), manufacturer},
        {QStringLiteral("serialNumber"), serialNumber},
    };
    object.insert(QStringLiteral("vendorId"), vendorId ? QJsonValue(hex4(*vendorId)) : QJsonValue());
    object.insert(QStringLiteral("productId"), productId ? QJsonValue(hex4(*productId)) : QJsonValue());
    return object;
}

QList<SerialPortList::Port> SerialPortList::available()
{
    QList<Port> ports;
    const QList<QSerialPortInfo> infos = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : infos)
        ports.append(Port::from(info));
    std::sort(ports.begin(), ports.end(), [](const Port &a, const Port &b) { return nameLess(a.name, b.name); });
    return ports;
}

QString SerialPortList::systemLocation(const QString &portName)
{
    const QString name = portName.trimmed();
    return name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')) ? name : QStringLiteral("/dev/") + name;
}

QString SerialPortList::deviceKey(const QString &portName)
{
    const QString location = systemLocation(portName);
    const QString canonical = QFileInfo(location).canonicalFilePath();
    return canonical.isEmpty() ? location : canonical;
}

QString SerialPortList::usbSerialNumber(const QString &portName)
{
    const QString device = deviceKey(portName);
    const QList<QSerialPortInfo> ports = QSerialPortInfo::availablePorts();
    for (const QSerialPortInfo &info : ports) {
        if (deviceKey(info.systemLocation()) == device)
            return info.serialNumber();
    }
    return {};
}
