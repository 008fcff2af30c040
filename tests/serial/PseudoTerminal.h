#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

// The device's end of a pseudo-terminal pair, in raw mode. The station under test opens
// devicePath() as its serial port; closing this end is a device that vanished.
class PseudoTerminal : public QObject
{
    Q_OBJECT

public:
    explicit PseudoTerminal(QObject *parent = nullptr);
    ~PseudoTerminal() override;

    bool isValid() const { return m_master >= 0; }
    QString errorString() const { return m_errorString; }
    QString devicePath() const { return m_devicePath; }

    // Starts taking what the station writes. Call it once the station has the port open: until then
    // this end reads as hung up.
    void startReading();
    // Everything written or nothing: the test's messages fit the terminal's buffer.
    bool write(QByteArrayView bytes);
    const QByteArray &received() const { return m_received; }
    void closeDeviceSide();

Q_SIGNALS:
    void bytesArrived();

private:
    void readAvailable();

    int m_master = -1;
    QString m_devicePath;
    QString m_errorString;
    QSocketNotifier *m_reader = nullptr;
    QByteArray m_received;
};
