#pragma once

// Guards against a hang inside a test (a process that never ends, a server that never answers)
// are not measures: they only have to be long enough on a slow machine. The sanitizer build runs
// code 2 to 5 times slower, so there they are 3 times longer, as each test's ctest time limit is
// (QABYLDAU_TEST_TIME_FACTOR, cmake/QabyldauTest.cmake; docs/testing.md).
#ifndef QABYLDAU_TEST_TIME_FACTOR
#define QABYLDAU_TEST_TIME_FACTOR 1
#endif

namespace TestTime {

constexpr int guardMs(int milliseconds)
{
    return milliseconds * QABYLDAU_TEST_TIME_FACTOR;
}

} // namespace TestTime
