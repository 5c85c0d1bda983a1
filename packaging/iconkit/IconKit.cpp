// leadops-iconkit SVG OUTPUT.ico|OUTPUT.icns: the application icon for Windows and macOS, drawn
// from the one SVG at build time with Qt's own renderer, so every platform's build makes it the
// same way with nothing else installed (no ImageMagick on the Windows runner, no iconutil on
// Linux). Both containers hold PNG images, which Windows (Vista and later) and macOS (10.7 and
// later) read at every size.
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

QByteArray png(QSvgRenderer& svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

template <typename T>
void append(QByteArray& out, T value) // little-endian, as ICO wants
{
    const T le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof(T));
}

void appendBig(QByteArray& out, quint32 value) // big-endian, as ICNS wants
{
    const quint32 be = qToBigEndian(value);
    out.append(reinterpret_cast<const char*>(&be), sizeof(be));
}

// ICO: a directory of entries (16 bytes each), then each image. Width and height 0 mean 256.
QByteArray ico(QSvgRenderer& svg)
{
    const std::vector<int> sizes{16, 24, 32, 48, 64, 128, 256};
    std::vector<QByteArray> images;
    for (int s : sizes)
        images.push_back(png(svg, s));
    QByteArray out;
    append<quint16>(out, 0); // reserved
    append<quint16>(out, 1); // an icon
    append<quint16>(out, quint16(sizes.size()));
    quint32 offset = 6 + 16 * quint32(sizes.size());
    for (size_t i = 0; i < sizes.size(); ++i) {
        const auto side = quint8(sizes[i] >= 256 ? 0 : sizes[i]);
        out.append(char(side)).append(char(side)).append(char(0)).append(char(0));
        append<quint16>(out, 1);  // planes
        append<quint16>(out, 32); // bits per pixel
        append<quint32>(out, quint32(images[i].size()));
        append<quint32>(out, offset);
        offset += quint32(images[i].size());
    }
    for (const QByteArray& image : images)
        out.append(image);
    return out;
}

// ICNS: "icns", the total length, then typed entries (type, length with its 8-byte header, PNG).
QByteArray icns(QSvgRenderer& svg)
{
    const std::vector<std::pair<const char*, int>> entries{{"icp4", 16},  {"icp5", 32},  {"ic11", 32},  {"icp6", 64},
                                                           {"ic12", 64},  {"ic07", 128}, {"ic08", 256}, {"ic13", 256},
                                                           {"ic09", 512}, {"ic14", 512}, {"ic10", 1024}};
    QByteArray body;
    for (const auto& [type, size] : entries) {
        const QByteArray image = png(svg, size);
        body.append(type, 4);
        appendBig(body, quint32(image.size() + 8));
        body.append(image);
    }
    QByteArray out("icns");
    appendBig(out, quint32(body.size() + 8));
    return out + body;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed to draw into an image
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 || !(args[2].endsWith(QLatin1String(".ico")) || args[2].endsWith(QLatin1String(".icns")))) {
        std::fprintf(stderr, "usage: leadops-iconkit ICON.svg OUTPUT.ico|OUTPUT.icns\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "leadops-iconkit: %s is not a readable SVG\n", qPrintable(args[1]));
        return 1;
    }
    const QByteArray bytes = args[2].endsWith(QLatin1String(".ico")) ? ico(svg) : icns(svg);
    QFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush()) {
        std::fprintf(stderr, "leadops-iconkit: cannot write %s\n", qPrintable(args[2]));
        return 1;
    }
    return 0;
}
