#pragma once

#include "Cli.h"

// Each feature's rows of the command table (Cli::commands() lists them in help order).
QList<CliCommand> iinCommands();      // IinCommands.cpp
QList<CliCommand> workdaysCommands(); // WorkdaysCommands.cpp
QList<CliCommand> printCommands();    // PrintCommands.cpp
QList<CliCommand> applicationCommands(); // ApplicationCommands.cpp: applications import, queue list
QList<CliCommand> directionCommands();   // DirectionCommands.cpp: directions import, direction check
QList<CliCommand> syncCommands();        // SyncCommands.cpp: sync, sync status
QList<CliCommand> placeCommands();       // PlaceCommands.cpp: places list, print bulletin
QList<CliCommand> journalCommands();     // JournalCommands.cpp: journal verify
QList<CliCommand> backupCommands();       // BackupCommands.cpp: backup, restore
QList<CliCommand> contractCommands();     // ContractCommands.cpp: contract record
