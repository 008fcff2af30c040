#pragma once

#include "device/smp/SmpFrameDecoder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class DeviceProfile;
class QObject;
class SerialLink;

// The device profiles the station knows, by the names a person gives on the command line.
namespace DeviceProfiles {
// In the order auto-detection tries them: quickest to rule out first.
QStringList names();
// Names that also name a profile's settings, for a person to choose beside names().
QStringList variants();
// A name from names(), or one that also names the profile's settings: "esp-at:<family>" is the
// ESP-AT profile with another family of namespaces (EspAtProfile::families()), such as esp-at:client.
bool isKnown(const QString &name);
// The name create() takes to make profile again as it is set up: its name(), or the variant its
// settings are (esp-at:client for an ESP-AT profile with the client namespaces).
QString variantName(const DeviceProfile &profile);
// Null for a name that is not known.
DeviceProfile *create(const QString &name, QObject *parent = nullptr);
// The same, attached to link (see DeviceProfile::attach).
DeviceProfile *createAttached(const QString &name, SerialLink *link, QObject *parent = nullptr);

// One question that every known device answers in a way of its own, so that a single round trip
// tells them apart: "AT" on a line of its own. A modem or an ESP-AT module answers OK (their profiles
// tell the two apart as they identify the device), a Zephyr shell reports an unknown
// command, a station device refuses a malformed line. It changes nothing on any of them.
QByteArray probeRequest();
// The profile a line of the answer to probeRequest() belongs to (escape sequences removed, line end
// stripped); empty when the line tells nothing, such as an echo of the request.
QString recogniseProbeAnswer(const QByteArray &line);
// Whether the named profile may take the port while the rest of the answer to probeRequest() is still
// on its way: it tells whatever comes late from the answers to its own requests (numbered replies,
// or a prompt that counts only after a reply nothing else produces). A modem's late OK would pass
// for the answer to its first command, so the rest of its answer is waited out.
bool toleratesLateProbeAnswer(const QString &profile);
// A second question for a device whose probe answer named profile, where another profile answers the
// probe alike: empty when the answer was unambiguous. A Zephyr shell answers "AT" the same with or
// without MCUmgr's shell transport; an SMP echo in SMP framing tells them apart.
QByteArray followUpRequest(const QString &profile);
// The profile a frame or line of the answer to followUpRequest(profile) shows the device to speak;
// empty when it tells nothing yet. No answer in time leaves profile as it was.
QString recogniseFollowUpAnswer(const QString &profile, const SmpFrameDecoder::Event &event);
}
