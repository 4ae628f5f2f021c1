import LiangXin
