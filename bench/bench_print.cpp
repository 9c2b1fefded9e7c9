// Benchmark of issue 3 (docs/performance.md): one application printed to PDF from a store of a
// region, the target being under 150 ms.
//   bench_print --store STORE.sqlite [--runs R] [--cli PATH/qabyldau-cli]
// Prints the median of R runs (default 7) of each language, in this process (find the row, lay
// out, write the PDF), and with --cli the median of R runs of the whole command
// `qabyldau-cli --store STORE --lang kk print application ID --out FILE`, which also starts the
// program and opens the store. Run a Release build with TZ=Asia/Almaty.
#include "ApplicationDocument.h"
#include "BenchCommon.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

using Bench::median;
using Bench::out;

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv); // fonts and text layout
    QString storePath;
    QString cli;
    int runs = 7;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--store"))
            storePath = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--cli"))
            cli = arguments.at(i + 1);
        else if (arguments.at(i) == QLatin1String("--runs"))
            runs = qMax(1, arguments.at(i + 1).toInt());
    }
    if (storePath.isEmpty() || !QFileInfo::exists(storePath)) {
        out() << "usage: bench_print --store STORE.sqlite [--runs R] [--cli PATH/qabyldau-cli]" << Qt::endl;
        return 2;
    }
    auto database = Database::open(storePath);
    if (!database) {
        out() << database.error().message() << Qt::endl;
        return 3;
    }
    // An application from the middle of the store, with a category document if there is one.
    QString id;
    qint64 rows = 0;
    {
        QSqlQuery query((*database)->connection());
        query.exec(QStringLiteral("SELECT count(*) FROM applications"));
        if (query.next())
            rows = query.value(0).toLongLong();
        query.exec(QStringLiteral("SELECT id FROM applications WHERE category_document_type <> ''"
                                  " LIMIT 1 OFFSET %1")
                       .arg(rows / 20));
        if (query.next())
            id = query.value(0).toString();
    }
    const std::optional<Application> application = ApplicationStore(*database).find(id);
    if (!application) {
        out() << "no application with a category document in " << storePath << Qt::endl;
        return 3;
    }
    QTemporaryDir directory;
    out() << "store: " << rows << " applications; application " << id << Qt::endl;

    for (const DocumentLanguage language : {DocumentLanguage::Kazakh, DocumentLanguage::Russian}) {
        const QString path = directory.filePath(QStringLiteral("application.pdf"));
        ApplicationDocument::writePdf(*application, language, path); // warm-up: fonts loaded once
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::optional<Application> found = ApplicationStore(*database).find(id);
            const Status written = found ? ApplicationDocument::writePdf(*found, language, path)
                                         : Status(Issue::error(Field::None, Rule::Required));
            times.append(timer.nsecsElapsed() / 1e6);
            if (!written) {
                out() << written.error().message() << Qt::endl;
                return 3;
            }
        }
        out() << QStringLiteral("application PDF, %1, in process (find, lay out, write)")
                     .arg(DocumentLanguages::code(language))
                     .leftJustified(60)
              << QString::number(median(times), 'f', 1).rightJustified(8) << " ms   (target < 150 ms, "
              << QFileInfo(path).size() << " bytes)" << Qt::endl;
    }

    if (!cli.isEmpty()) {
        QList<double> times;
        for (int run = 0; run < runs + 1; ++run) { // the first run warms the file cache
            QProcess process;
            QElapsedTimer timer;
            timer.start();
            process.start(cli, {QStringLiteral("--store"), storePath, QStringLiteral("--lang"), QStringLiteral("kk"),
                                QStringLiteral("print"), QStringLiteral("application"), id, QStringLiteral("--out"),
                                directory.filePath(QStringLiteral("cli.pdf"))});
            if (!process.waitForFinished(-1) || process.exitCode() != 0) {
                out() << "qabyldau-cli failed: " << process.readAllStandardError() << Qt::endl;
                return 3;
            }
            if (run > 0)
                times.append(timer.nsecsElapsed() / 1e6);
        }
        out() << QStringLiteral("application PDF, kk, the whole qabyldau-cli command").leftJustified(60)
              << QString::number(median(times), 'f', 1).rightJustified(8) << " ms   (target < 150 ms)" << Qt::endl;
    }
    return 0;
}
