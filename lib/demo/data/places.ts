// Fictional place names. 江州市 and the names built here are made up; codes use province prefixes that
// no real province has (39, 38, ...), so nothing collides with the real 行政区划代码.

export const CITY_NAMES = [
  "江州市", "澄州市", "云溪市", "青川市", "临江市", "梧州湾市", "兰阳市", "松原湖市", "安澜市", "白鹭市",
  "清河湾市", "鹤鸣市", "望海市", "泽丰市", "长汀湾市", "宁川市", "桐溪市", "丰源市", "明湖市", "嘉禾湾市",
] as const;

export const CITY_PREFIXES = ["江", "澄", "云", "青", "临", "兰", "松", "安", "鹤", "望", "泽", "宁", "桐", "丰", "明", "嘉", "琴", "柳", "星", "瑞"] as const;
export const CITY_SUFFIXES = ["州", "川", "源", "溪", "阳", "宁", "湾", "城", "泉", "山"] as const;

export const PROVINCE_CODES = ["39", "38", "29", "28", "27", "49", "48", "47", "59", "58"] as const;

/** Urban districts first, then counties and a county-level city. */
export const DISTRICTS = [
  { name: "滨江区", urban: true },
  { name: "望湖区", urban: true },
  { name: "城北区", urban: true },
  { name: "临溪区", urban: true },
  { name: "青山县", urban: false },
  { name: "白沙县", urban: false },
  { name: "云岭市", urban: false },
  { name: "东港区", urban: true },
] as const;

export const PLACE_ROOTS = [
  "湖滨", "清波", "长庆", "望江", "潮鸣", "文澜", "紫荆", "凤起", "古荡", "翠苑", "彩虹", "明珠", "新塘", "月桂", "桂芳",
  "梅林", "南星", "北山", "东新", "西园", "银湖", "金沙", "玉泉", "竹溪", "杏坛", "枫林", "槐荫", "芦花", "双桥", "三墩",
  "石门", "龙潭", "凤凰", "白马", "青石", "黄龙", "松涛", "鹿鸣", "柳浪", "荷塘", "丹桂", "兰亭", "晓园", "春江", "秋水",
  "锦绣", "和平", "复兴", "振兴", "幸福", "安康", "永宁", "太平", "丰收", "田园", "望月", "溪口", "桥头", "湾里", "塘坝",
] as const;

export const COMMUNITY_SUFFIXES_URBAN = ["社区", "花园社区", "新村社区", "苑社区", "里社区"] as const;
export const COMMUNITY_SUFFIXES_RURAL = ["村", "村", "村", "社区"] as const;

export const ROADS = [
  "江南大道", "望江路", "青枫路", "文澜路", "紫荆花路", "凤起路", "滨河路", "长庆街", "明珠大道", "银湖街",
  "丹桂路", "双桥路", "月桂路", "新塘路", "春江路", "秋水街", "锦绣路", "复兴大道", "幸福路", "和平街",
  "兰亭路", "梅林路", "松涛路", "龙潭路", "凤凰路", "白马街", "黄龙路", "鹿鸣路", "柳浪街", "荷塘路",
] as const;

export const VENUES = [
  "党群服务中心一楼", "党群服务中心二楼", "便民服务中心三楼", "办事处综合楼一楼", "文化礼堂东侧", "社区服务站一楼",
  "邻里中心二楼", "新时代文明实践站一楼",
] as const;

export const OPENING_HOURS = [
  "周一至周五 8:30-12:00，14:00-17:30",
  "周一至周五 9:00-11:30，14:30-17:00；每月15日代表接待日",
  "周一至周五 8:30-17:00；法定节假日休息",
  "周二、周四 9:00-11:30；每月第二个周六上午代表接待",
  "工作日 9:00-17:00；代表接待时间以公告为准",
] as const;

export const STATION_INTROS = [
  "联络站设有接待室、议事室和代表履职档案室，实行代表轮流进站接待，收集的意见建议按“收集—交办—办理—反馈”闭环处理。",
  "依托党群服务中心建设，配备专职联络员，每月固定开展代表接待活动，群众可扫描民情二维码随时反映意见。",
  "代表之家整合区、镇两级代表资源，定期组织视察、调研和向选民述职活动，推动民生实事落地见效。",
  "联络点延伸至小区和村组，方便群众就近反映问题，代表定期走访收集社情民意。",
] as const;
