#include "DeskApplication.h"

#include <QApplication>

#include <cstdlib>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    DeskApplication desk;
    if (!desk.start(QCoreApplication::arguments()))
        return EXIT_FAILURE;
    return QApplication::exec();
}
