#include "PortsCommand.h"

#include "device/SerialPortList.h"

#include <QJsonArray>

PortsCommand::PortsCommand(CliOutput *output, QObject *parent)
    : CliCommand(output, parent)
{
}

void PortsCommand::start()
{
    const QList<SerialPortList::Port> ports = SerialPortList::available();
    QJsonArray list;
    for (const SerialPortList::Port &port : ports)
        list.append(port.toJson());
    m_output->set(QStringLiteral("ports"), list);

    if (ports.isEmpty()) {
        m_output->info(tr("No serial ports found. A port can also be given by path, e.g. /dev/pts/3 for a "
                          "pseudo-terminal such as the device simulator's; those are never listed."));
        end(ExitCode::Success);
        return;
    }
    const QStringList header{tr("PORT"), tr("LOCATION"), tr("USB ID"), tr("SERIAL NUMBER"), tr("MANUFACTURER"),
                             tr("DESCRIPTION")};
    QList<QStringList> rows{header};
    const QString none = QStringLiteral("-");
    const auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    for (const SerialPortList::Port &port : ports)
        rows.append({port.name, port.systemLocation, orNone(port.usbId()), orNone(port.serialNumber),
                     orNone(port.manufacturer), orNone(port.description)});
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], row[column].size());
    }
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row[column].leftJustified(widths[column] + 2) : row[column];
        m_output->info(line);
    }
    end(ExitCode::Success);
}
