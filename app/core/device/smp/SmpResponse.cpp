#include "device/smp/SmpResponse.h"

std::optional<SmpResponse> SmpResponse::parse(QByteArrayView packet)
{
    const std::optional<SmpHeader> header = SmpHeader::decode(packet);
    if (!header || !header->isResponse() || packet.size() - SmpHeader::size != header->length)
        return std::nullopt;
    std::optional<CborValue> body = CborValue::decode(packet.sliced(SmpHeader::size));
    if (!body)
        return std::nullopt;
    // A body refused here may still carry key material (a read-back): wiped before it is freed.
    if (!body->isMap()) {
        body->wipe();
        return std::nullopt;
    }
    SmpResponse response;
    response.header = *header;
    response.body = std::move(*body);
    if (const CborValue *rc = response.body.value("rc")) {
        const std::optional<qint64> code = rc->integer();
        if (!code || *code < 0 || *code > 0xffff) {
            response.body.wipe();
            return std::nullopt;
        }
        response.rc = int(*code);
    }
    if (const CborValue *err = response.body.value("err")) {
        const CborValue *group = err->value("group");
        const CborValue *rc = err->value("rc");
        // value_or(-1) rather than a dereference: an optimiser cannot then suspect an unset one.
        const qint64 groupNumber = group ? group->integer().value_or(-1) : -1;
        const qint64 code = rc ? rc->integer().value_or(-1) : -1;
        if (groupNumber < 0 || groupNumber > 0xffff || code < 0 || code > 0xffff) {
            response.body.wipe();
            return std::nullopt;
        }
        response.rc = int(code);
        response.errorGroup = int(groupNumber);
    }
    return response;
}
