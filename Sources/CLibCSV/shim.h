#ifndef SACHSONG_CLIBCSV_SHIM_H
#define SACHSONG_CLIBCSV_SHIM_H
#include <csv.h>
#endif
