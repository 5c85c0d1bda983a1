#pragma once

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTest>
#include <QWidget>

// Saves what a user would see of `widget` as LEADOPS_SCREENSHOTS/<name>.png, for a person to look
// at, and fails the test when it looks blank: `minColours` colours or fewer on a grid of `step`
// pixels (a whole window has many: text, grid, selection; a small dialog fewer).
inline void saveScreenshot(QWidget& widget, const QString& name, int minColours = 8, int step = 7)
{
    const QString dir = qEnvironmentVariable("LEADOPS_SCREENSHOTS", QDir::tempPath());
    QDir().mkpath(dir);
    const QImage image = widget.grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step)
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > minColours, "the screenshot looks blank");
    QVERIFY(image.save(dir + QStringLiteral("/") + name + QStringLiteral(".png")));
}
