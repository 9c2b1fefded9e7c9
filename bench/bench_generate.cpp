// Writes a synthetic region (bench/SyntheticRegion.h) as the JSON import file of
// `qabyldau-cli applications import` (docs/cli.md):
//   bench_generate [--count N] [--seed S] [--today YYYY-MM-DD] [--out FILE]
// Defaults: 1,000,000 applications, seed 2024, today 2026-09-01, standard output.
#include "SyntheticRegion.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int count = 1000000;
    quint32 seed = 2024;
    QDate today(2026, 9, 1);
    QString out;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        const QString &option = arguments.at(i);
        const QString &value = arguments.at(i + 1);
        if (option == QLatin1String("--count"))
            count = value.toInt();
        else if (option == QLatin1String("--seed"))
            seed = value.toUInt();
        else if (option == QLatin1String("--today"))
            today = QDate::fromString(value, Qt::ISODate);
        else if (option == QLatin1String("--out"))
            out = value;
    }
    if (count < 0 || !today.isValid()) {
        QTextStream(stderr) << "usage: bench_generate [--count N] [--seed S] [--today YYYY-MM-DD] [--out FILE]\n";
        return 2;
    }

    QFile file;
    const bool opened = out.isEmpty() ? file.open(stdout, QIODevice::WriteOnly)
                                      : (file.setFileName(out), file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (!opened) {
        QTextStream(stderr) << out << ": " << file.errorString() << '\n';
        return 3;
    }

    SyntheticRegion::Generator generator(seed, today);
    const QList<Application> region = generator.region(count);
    QByteArray buffer = "[\n";
    for (qsizetype i = 0; i < region.size(); ++i) {
        buffer += SyntheticRegion::Generator::record(region.at(i));
        buffer += i + 1 < region.size() ? ",\n" : "\n";
        if (buffer.size() > (1 << 22)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    buffer += "]\n";
    file.write(buffer);
    return file.flush() ? 0 : 3;
}
