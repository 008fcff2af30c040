// FoundryAnswer: what one complete HTTP answer from Foundry (or whatever answered in its place)
// means, from the bytes on the wire through HttpResponseParser.
#include "foundry/FoundryAnswer.h"
#include "FuzzEnvironment.h"
#include "foundry/HttpResponseParser.h"

#include <cstdint>
#include <cstdlib>

namespace {

// Foundry's words reach a terminal: nothing in them may act on it.
void checkShowable(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n'))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzEnvironment::start();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the call the answer is for: generate, or provision and revoke.
    const auto expected = data[0] & 1 ? FoundryAnswer::Expected::Acknowledgement : FoundryAnswer::Expected::Certificate;
    HttpResponseParser parser;
    parser.feed(QByteArrayView(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    parser.endOfInput();
    if (!parser.isComplete())
        return 0;
    HttpResponse &response = parser.response();
    const QString bodyMessage = FoundryAnswer::messageFromBody(response.body, response.header("Content-Type"));
    checkShowable(bodyMessage);

    const FoundryAnswer answer = FoundryAnswer::read(expected, response);
    // The body may have held a private key.
    if (!response.body.isEmpty())
        std::abort();
    const FoundryError error = answer.error();
    checkShowable(answer.message());
    checkShowable(error.foundryMessage());
    checkShowable(error.detail());
    if (!error.isError() && expected == FoundryAnswer::Expected::Certificate
        && !answer.generateResponse().shapeError().isEmpty())
        std::abort();
    if (!error.isError() && (response.status < 200 || response.status > 299))
        std::abort();
    return 0;
}
