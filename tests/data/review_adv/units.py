"""The three units make.py writes (unit_binhe is the sealed one)."""

import unit_binhe
import unit_jiaoyu
import unit_jikong

ALL = [unit_jiaoyu, unit_binhe, unit_jikong]
