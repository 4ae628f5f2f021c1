#ifndef LIANGXIN_CYAML_SHIM_H
#define LIANGXIN_CYAML_SHIM_H
#include <yaml.h>
#endif
