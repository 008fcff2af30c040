// render-icon SVG SIZE PNG: the application's SVG icon as a PNG of SIZE x SIZE pixels, for the icon
// themes and docks that want pixels. Run at build time, so the PNGs never drift from the SVG.

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeIsNumber = false;
    const int size = arguments.size() == 4 ? arguments.at(2).toInt(&sizeIsNumber) : 0;
    if (!sizeIsNumber || size < 1 || size > 1024) {
        std::fputs("usage: render-icon SVG SIZE PNG (SIZE 1 to 1024)\n", stderr);
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render-icon: %s is not an SVG image it can read\n", qPrintable(arguments.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    svg.render(&painter);
    painter.end();
    if (!image.save(arguments.at(3), "PNG")) {
        std::fprintf(stderr, "render-icon: cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
