"""The units make.py writes: 上海市临江区 (unit_binhe sealed), 上海市东滩区 (unit_dt_lvrong sealed) and 上海市西岭区
(unit_xl_*, all three sealed), 上海市北岸区 (unit_ba_*, all three sealed), 上海市南湖区 (unit_nh_*, all three
sealed), 上海市云溪区 (unit_yx_*, all three sealed), 上海市枫林区 (unit_fl_*, all three sealed),
上海市鹤湾区 (unit_hw_*, all three sealed)."""

import unit_ba_renshe
import unit_ba_shenji
import unit_ba_tiyu
import unit_binhe
import unit_dt_fayuan
import unit_dt_lvrong
import unit_dt_minzhengju
import unit_dt_tushuguan
import unit_fl_erzhong
import unit_fl_kewei
import unit_fl_sthj
import unit_hw_guihua
import unit_hw_jiaoyi
import unit_hw_shangwu
import unit_jiaoyu
import unit_jikong
import unit_nh_danganguan
import unit_nh_sifaju
import unit_nh_xinqiao
import unit_xl_chengguan
import unit_xl_rongmeiti
import unit_xl_tuijun
import unit_yx_fagaiwei
import unit_yx_tongjiju
import unit_yx_yingji

ALL = [unit_jiaoyu, unit_binhe, unit_jikong, unit_dt_fayuan, unit_dt_lvrong, unit_dt_tushuguan, unit_dt_minzhengju,
       unit_xl_chengguan, unit_xl_tuijun, unit_xl_rongmeiti,
       unit_ba_renshe, unit_ba_tiyu, unit_ba_shenji,
       unit_nh_sifaju, unit_nh_danganguan, unit_nh_xinqiao,
       unit_yx_fagaiwei, unit_yx_yingji, unit_yx_tongjiju,
       unit_fl_sthj, unit_fl_kewei, unit_fl_erzhong,
       unit_hw_guihua, unit_hw_shangwu, unit_hw_jiaoyi]

# the eighth hand (adv8): 上海市松岚区, all sealed
import unit_sl_shichang  # noqa: E402
import unit_sl_shuiwu  # noqa: E402
import unit_sl_wenhuaguan  # noqa: E402

ALL += [unit_sl_shichang, unit_sl_shuiwu, unit_sl_wenhuaguan]

# the tenth hand (adv10): 上海市青澜区, all sealed
import unit_ql_jiguanju  # noqa: E402
import unit_ql_nongye  # noqa: E402
import unit_ql_qingshaonian  # noqa: E402

ALL += [unit_ql_nongye, unit_ql_jiguanju, unit_ql_qingshaonian]

# the eleventh hand (adv11): 上海市柳港区, all sealed
import unit_lg_canlian  # noqa: E402
import unit_lg_dashuju  # noqa: E402
import unit_lg_fangguan  # noqa: E402

ALL += [unit_lg_fangguan, unit_lg_canlian, unit_lg_dashuju]

# the twelfth hand (adv12): 上海市澄浦区, all sealed
import unit_cp_bowuguan  # noqa: E402
import unit_cp_hongshizihui  # noqa: E402
import unit_cp_jiaowei  # noqa: E402

ALL += [unit_cp_jiaowei, unit_cp_hongshizihui, unit_cp_bowuguan]

# the thirteenth hand (adv13): 上海市濠泾区, all sealed
import unit_hj_fuliyuan  # noqa: E402
import unit_hj_jingnan  # noqa: E402
import unit_hj_xinfang  # noqa: E402

ALL += [unit_hj_jingnan, unit_hj_xinfang, unit_hj_fuliyuan]

# the fourteenth hand (adv14): 上海市苇塘区, all sealed
import unit_wt_jianguanwei  # noqa: E402
import unit_wt_zhixiao  # noqa: E402
import unit_wt_zonggonghui  # noqa: E402

ALL += [unit_wt_jianguanwei, unit_wt_zonggonghui, unit_wt_zhixiao]

# the fifteenth hand (adv15): 上海市芦汀区, all sealed
import unit_lt_dangxiao  # noqa: E402
import unit_lt_guoziwei  # noqa: E402
import unit_lt_renda  # noqa: E402

ALL += [unit_lt_guoziwei, unit_lt_renda, unit_lt_dangxiao]

# the sixteenth hand (adv16): 上海市桐溪区, all sealed
import unit_tx_fulian  # noqa: E402
import unit_tx_weijian  # noqa: E402
import unit_tx_youeryuan  # noqa: E402

ALL += [unit_tx_weijian, unit_tx_fulian, unit_tx_youeryuan]

# the seventeenth hand (adv17): 上海市雁滨区, all sealed
import unit_yb_binzang  # noqa: E402
import unit_yb_caizheng  # noqa: E402
import unit_yb_jianchayuan  # noqa: E402

ALL += [unit_yb_caizheng, unit_yb_jianchayuan, unit_yb_binzang]

# the eighteenth hand (adv18): 上海市梅岙区, all sealed
import unit_ma_kexie  # noqa: E402
import unit_ma_yibao  # noqa: E402
import unit_ma_zhongyiyuan  # noqa: E402

ALL += [unit_ma_yibao, unit_ma_kexie, unit_ma_zhongyiyuan]

# the nineteenth hand (adv19): 上海市杏浦区, all sealed
import unit_xp_fuyou  # noqa: E402
import unit_xp_wenlv  # noqa: E402
import unit_xp_zhengxie  # noqa: E402

ALL += [unit_xp_wenlv, unit_xp_zhengxie, unit_xp_fuyou]

# the twentieth hand (adv20): 上海市榆泾区, all sealed
import unit_yj_dongfang  # noqa: E402
import unit_yj_fangzhi  # noqa: E402
import unit_yj_gongan  # noqa: E402

ALL += [unit_yj_gongan, unit_yj_fangzhi, unit_yj_dongfang]

# the twenty-first hand (adv21): 上海市荻洲区, all sealed
import unit_dz_gongshanglian  # noqa: E402
import unit_dz_huanwei  # noqa: E402
import unit_dz_zuzhibu  # noqa: E402

ALL += [unit_dz_zuzhibu, unit_dz_gongshanglian, unit_dz_huanwei]

# the twenty-third hand (adv23): 上海市蕴川区, all sealed
import unit_yc_jianguanwei  # noqa: E402
import unit_yc_renfang  # noqa: E402
import unit_yc_tejiao  # noqa: E402

ALL += [unit_yc_jianguanwei, unit_yc_renfang, unit_yc_tejiao]

# the twenty-fourth hand (adv24): 上海市漕湾区, all sealed
import unit_cw_keji  # noqa: E402
import unit_cw_tongzhan  # noqa: E402
import unit_cw_zhongcaiyuan  # noqa: E402

ALL += [unit_cw_tongzhan, unit_cw_zhongcaiyuan, unit_cw_keji]

# the twenty-second hand (adv22): 上海市潮塘区, all sealed
import unit_ct_qixiang  # noqa: E402
import unit_ct_shequweisheng  # noqa: E402
import unit_ct_xuanchuan  # noqa: E402

ALL += [unit_ct_xuanchuan, unit_ct_qixiang, unit_ct_shequweisheng]

# the twenty-seventh hand (adv27): 上海市石埭区, all sealed
import unit_sd_jingwei  # noqa: E402
import unit_sd_touzicu  # noqa: E402
import unit_sd_zhengfuban  # noqa: E402

ALL += [unit_sd_zhengfuban, unit_sd_jingwei, unit_sd_touzicu]

# the twenty-sixth hand (adv26): 上海市竹屿区, all sealed
import unit_zy_chengyun  # noqa: E402
import unit_zy_jiedao  # noqa: E402
import unit_zy_tixiao  # noqa: E402

ALL += [unit_zy_jiedao, unit_zy_chengyun, unit_zy_tixiao]

# the twenty-fifth hand (adv25): 上海市菱湖区, all sealed
import unit_lh_jijiu  # noqa: E402
import unit_lh_jinxiu  # noqa: E402
import unit_lh_jiwei  # noqa: E402

ALL += [unit_lh_jiwei, unit_lh_jijiu, unit_lh_jinxiu]

# the twenty-eighth hand (adv28): 上海市沙洲区, all sealed
import unit_sz_yafang  # noqa: E402
import unit_sz_zhen  # noqa: E402
import unit_sz_zhengfawei  # noqa: E402

ALL += [unit_sz_zhengfawei, unit_sz_zhen, unit_sz_yafang]

# the thirtieth hand (adv30): 上海市金塘区, all sealed
import unit_jt_dongfang  # noqa: E402
import unit_jt_laoganbu  # noqa: E402
import unit_jt_renmin_yiyuan  # noqa: E402

ALL += [unit_jt_laoganbu, unit_jt_dongfang, unit_jt_renmin_yiyuan]

# the thirty-first hand (adv31): 上海市麦浦区, all sealed
import unit_mp_jiuzhu  # noqa: E402
import unit_mp_liangchu  # noqa: E402
import unit_mp_tuanqu  # noqa: E402

ALL += [unit_mp_liangchu, unit_mp_tuanqu, unit_mp_jiuzhu]

# the twenty-ninth hand (adv29): 上海市白沙区, all sealed
import unit_bs_jiuye  # noqa: E402
import unit_bs_minzong  # noqa: E402
import unit_bs_xiaoxue  # noqa: E402

ALL += [unit_bs_minzong, unit_bs_jiuye, unit_bs_xiaoxue]

# the thirty-second hand (adv32): 上海市岚桥区, all sealed
import unit_lq_falv  # noqa: E402
import unit_lq_tiyu  # noqa: E402
import unit_lq_waiban  # noqa: E402

ALL += [unit_lq_tiyu, unit_lq_waiban, unit_lq_falv]

# the thirty-sixth hand (adv36): 上海市泖湖区, all sealed
import unit_mh_gongyuan  # noqa: E402
import unit_mh_weiban  # noqa: E402
import unit_mh_wenlian  # noqa: E402

ALL += [unit_mh_weiban, unit_mh_wenlian, unit_mh_gongyuan]

# the thirty-fourth hand (adv34): 上海市鹭洲区, all sealed
import unit_lz_fuban  # noqa: E402
import unit_lz_jingwei  # noqa: E402
import unit_lz_qiaolian  # noqa: E402

ALL += [unit_lz_fuban, unit_lz_qiaolian, unit_lz_jingwei]


# the thirty-fifth hand (adv35): 上海市桂塘区, all sealed
import unit_gt_jingwei  # noqa: E402
import unit_gt_kejiguan  # noqa: E402
import unit_gt_wangxin  # noqa: E402

ALL += [unit_gt_jingwei, unit_gt_wangxin, unit_gt_kejiguan]


# the thirty-third hand (adv33): 上海市枣泾区, all sealed
import unit_zj_jijiu  # noqa: E402
import unit_zj_jiwei  # noqa: E402
import unit_zj_shequxueyuan  # noqa: E402

ALL += [unit_zj_jiwei, unit_zj_shequxueyuan, unit_zj_jijiu]


# the thirty-seventh hand (adv37): 上海市碧汀区, all sealed
import unit_bt_gongxiaoshe  # noqa: E402
import unit_bt_wenhuagong  # noqa: E402
import unit_bt_xuezhan  # noqa: E402

ALL += [unit_bt_gongxiaoshe, unit_bt_xuezhan, unit_bt_wenhuagong]


# the thirty-eighth hand (adv38): 上海市蓼浦区, all sealed
import unit_lp_bianban  # noqa: E402
import unit_lp_hezuo  # noqa: E402
import unit_lp_kaoshi  # noqa: E402

ALL += [unit_lp_hezuo, unit_lp_bianban, unit_lp_kaoshi]
