#include "device/SerialSettings.h"

namespace {

constexpr qint32 maxBaudRate = 16'000'000;

QChar parityLetter(QSerialPort::Parity parity)
{
    switch (parity) {
    case QSerialPort::NoParity:
        return QLatin1Char('N');
    case QSerialPort::EvenParity:
        return QLatin1Char('E');
    case QSerialPort::OddParity:
        return QLatin1Char('O');
    case QSerialPort::SpaceParity:
        return QLatin1Char('S');
    case QSerialPort::MarkParity:
        return QLatin1Char('M');
    }
    return QLatin1Char('?');
}

QString stopBitsText(QSerialPort::StopBits stopBits)
{
    switch (stopBits) {
    case QSerialPort::OneStop:
        return QStringLiteral("1");
    case QSerialPort::OneAndHalfStop:
        return QStringLiteral("1.5");
    case QSerialPort::TwoStop:
        return QStringLiteral("2");
    }
    return QStringLiteral("?");
}

} // namespace

QString SerialSettings::validate() const
{
    if (portName.trimmed().isEmpty())
        return tr("no serial port given; run \"foundry-station-cli ports\" to list them");
    if (baudRate <= 0 || baudRate > maxBaudRate)
        return tr("the baud rate %1 is out of range (1 to %2; 115200 is usual)").arg(baudRate).arg(maxBaudRate);
    if (dataBits < QSerialPort::Data5 || dataBits > QSerialPort::Data8)
        return tr("%1 data bits is not possible; a serial port sends 5 to 8 (8 is usual)").arg(int(dataBits));
    if (parityLetter(parity) == QLatin1Char('?'))
        return tr("unknown parity setting %1").arg(int(parity));
    if (stopBitsText(stopBits) == QLatin1String("?"))
        return tr("unknown stop bits setting %1").arg(int(stopBits));
    if (flowControl != QSerialPort::NoFlowControl && flowControl != QSerialPort::HardwareControl
        && flowControl != QSerialPort::SoftwareControl)
        return tr("unknown flow control setting %1").arg(int(flowControl));
    if (pacingChunkBytes < 0)
        return tr("the pacing chunk size cannot be negative (0 turns pacing off)");
    return {};
}

QString SerialSettings::describe() const
{
    QString text = QString::number(baudRate) + QLatin1Char(' ') + QString::number(int(dataBits)) + parityLetter(parity)
                   + stopBitsText(stopBits);
    if (flowControl == QSerialPort::HardwareControl)
        text += QLatin1String(" RTS/CTS");
    else if (flowControl == QSerialPort::SoftwareControl)
        text += QLatin1String(" XON/XOFF");
    return text;
}

int SerialSettings::bitsPerByte() const
{
    const int parityBits = parity == QSerialPort::NoParity ? 0 : 1;
    const int stop = stopBits == QSerialPort::OneStop ? 1 : 2;
    return 1 + int(dataBits) + parityBits + stop;
}

std::chrono::microseconds SerialSettings::wireTime(qsizetype bytes) const
{
    if (baudRate <= 0)
        return std::chrono::microseconds::zero();
    const qint64 bits = qint64(bytes) * bitsPerByte();
    return std::chrono::microseconds((bits * 1'000'000 + baudRate - 1) / baudRate);
}
