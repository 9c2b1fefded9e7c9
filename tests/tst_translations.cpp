// The catalogues are complete: every string a person can see has a Kazakh and a Russian text.
// Runs lupdate over the sources into a copy of each catalogue, so a tr() string added to the
// code but never put into the .ts files fails here, not in front of a clerk.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    QString type; // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(current);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as <numerusform> children; their texts are joined.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &message)
{
    return QStringLiteral("[%1] \"%2\"").arg(message.context, message.source);
}

const QString sourceDir = QStringLiteral(QABYLDAU_SOURCE_DIR);

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void kazakhUsesKazakhLetters();
    void upToDateWithSources_data();
    void upToDateWithSources();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("kk") << QStringLiteral("kk");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages =
        readCatalogue(sourceDir + QStringLiteral("/translations/qabyldau_%1.ts").arg(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 50, "the catalogue is suspiciously small");

    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty())
            problems << message.type + QStringLiteral(": ") + describe(message);
        else if (message.translation.trimmed().isEmpty())
            problems << QStringLiteral("empty: ") + describe(message);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::kazakhUsesKazakhLetters()
{
    QString error;
    const QList<Message> messages = readCatalogue(sourceDir + QStringLiteral("/translations/qabyldau_kk.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // A word that mixes Latin and Cyrillic letters is a look-alike typed on the wrong layout
    // ("i" for "і", "e" for "е"). Words wholly in Latin (PDF, IIN codes, e-mail) are fine.
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
    static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
    static const QRegularExpression cyrillic(QStringLiteral("\\p{Cyrillic}"));
    QStringList mixed;
    int kazakhLetters = 0;
    static const QString kazakhOnly = QStringLiteral("әғқңөұүһіӘҒҚҢӨҰҮҺІ");
    for (const Message &message : messages) {
        for (const QChar c : message.translation)
            kazakhLetters += kazakhOnly.contains(c) ? 1 : 0;
        auto it = word.globalMatch(message.translation);
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (w.contains(latin) && w.contains(cyrillic))
                mixed << QStringLiteral("%1 in %2").arg(w, describe(message));
        }
    }
    QVERIFY2(mixed.isEmpty(), qPrintable(mixed.join(QLatin1Char('\n'))));
    QVERIFY2(kazakhLetters > 100, "the Kazakh catalogue hardly uses the Kazakh letters");
}

void TestTranslations::upToDateWithSources_data()
{
    complete_data();
}

void TestTranslations::upToDateWithSources()
{
    QFETCH(QString, language);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(QStringLiteral("qabyldau_%1.ts").arg(language));
    QVERIFY(QFile::copy(sourceDir + QStringLiteral("/translations/qabyldau_%1.ts").arg(language), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(QABYLDAU_LUPDATE),
                  {QStringLiteral("@") + QStringLiteral(QABYLDAU_TRANSLATED_SOURCES_LIST),
                   QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<Message> messages = readCatalogue(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (const Message &message : messages)
        if (message.type == QLatin1String("unfinished"))
            missing << describe(message);
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("strings in the code with no translation (run the update_translations "
                                       "target and translate them):\n")
                        + missing.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
