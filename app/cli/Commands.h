#pragma once

#include "Cli.h"

// Each feature's rows of the command table (Cli::commands() lists them in help order).
QList<CliCommand> iinCommands();      // IinCommands.cpp
QList<CliCommand> workdaysCommands(); // WorkdaysCommands.cpp
