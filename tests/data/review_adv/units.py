"""The units make.py writes: 上海市临江区 (unit_binhe sealed) and 上海市东滩区 (unit_dt_lvrong sealed)."""

import unit_binhe
import unit_dt_fayuan
import unit_dt_lvrong
import unit_dt_minzhengju
import unit_dt_tushuguan
import unit_jiaoyu
import unit_jikong

ALL = [unit_jiaoyu, unit_binhe, unit_jikong, unit_dt_fayuan, unit_dt_lvrong, unit_dt_tushuguan, unit_dt_minzhengju]
