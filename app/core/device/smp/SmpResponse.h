#pragma once

#include "device/smp/CborValue.h"
#include "device/smp/SmpHeader.h"

#include <QByteArrayView>

#include <optional>

// An SMP response as read from a packet: its header, its CBOR body (a map), and its result in
// either form SMP has: version 1's "rc" (an MGMT_ERR code), or version 2's "err": {"group", "rc"}
// (a group's own code). A body with neither reports success.
struct SmpResponse
{
    // MGMT_ERR codes of SMP version 1 (Zephyr's mgmt/mcumgr/mgmt/mgmt_defines.h).
    enum ManagementError {
        Ok = 0,
        Unknown = 1,
        NoMemory = 2,
        InvalidValue = 3,
        Timeout = 4,
        NoEntry = 5,
        BadState = 6,
        MessageTooLarge = 7,
        NotSupported = 8,
        Corrupt = 9,
        Busy = 10,
        AccessDenied = 11,
    };

    SmpHeader header;
    CborValue body;
    int rc = Ok;
    // Set for a version 2 error: the group whose code rc is.
    std::optional<int> errorGroup;

    bool succeeded() const { return rc == Ok; }
    // Nullopt for a packet that is no response: too short, a length that disagrees with the body,
    // a body that is no CBOR map, or a result that is no integer.
    static std::optional<SmpResponse> parse(QByteArrayView packet);
};
