// HttpResponseParser: any bytes a server (or whatever answers in its place) sends, in any split.
#include "foundry/HttpResponseParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte picks how the bytes are split into reads, the second whether HEAD was asked
    // and whether the connection closes after them.
    const qsizetype piece = 1 + data[0] % 64;
    const QByteArrayView method = data[1] & 1 ? "HEAD" : "GET";
    const bool closes = data[1] & 2;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    HttpResponseParser pieced(method);
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        pieced.feed(bytes.sliced(at, qMin(piece, bytes.size() - at)));
    HttpResponseParser whole(method);
    whole.feed(bytes);
    if (closes) {
        pieced.endOfInput();
        whole.endOfInput();
    }
    // How the bytes were split must not change what they mean.
    if (pieced.isComplete() != whole.isComplete() || pieced.hasFailed() != whole.hasFailed()
        || pieced.failure() != whole.failure())
        std::abort();
    if (pieced.isComplete() && pieced.hasFailed())
        std::abort();
    if (whole.isComplete()) {
        const HttpResponse &a = pieced.response();
        const HttpResponse &b = whole.response();
        if (a.status != b.status || a.headers != b.headers || a.body != b.body)
            std::abort();
        if (a.status < 200 || a.status > 599 || a.body.size() > HttpResponseParser::maxBodyBytes)
            std::abort();
    }
    if (whole.hasFailed() && (!whole.response().body.isEmpty() || whole.errorString().isEmpty()))
        std::abort();
    // Error messages quote what the server sent; a terminal must not act on it.
    for (const QChar c : whole.errorString()) {
        if (c.category() == QChar::Other_Control)
            std::abort();
    }
    return 0;
}
