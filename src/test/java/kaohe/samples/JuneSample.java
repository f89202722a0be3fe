package kaohe.samples;

import static kaohe.samples.SampleSheet.blankRow;
import static kaohe.samples.SampleSheet.chineseDate;
import static kaohe.samples.SampleSheet.date;
import static kaohe.samples.SampleSheet.row;
import static kaohe.samples.SampleSheet.serial;

import java.util.ArrayList;
import java.util.List;

/**
 * The June 2018 sample ledger: 39 adoptions with one blank row among them, instructions (one on a May
 * article), commissions (one carried over from May), a duplicated deduction and submissions. Its problem
 * row is the adoption by 萧山日报, an outlet the rules do not list.
 */
final class JuneSample {

    private static final String CONFIRMED = "是";

    private JuneSample() {
    }

    static List<SampleSheet> sheets() {
        return List.of(adoptions(), instructions(), commissions(), deductions(), submissions());
    }

    /** 录用: header on row 3 under two title rows. Department rows 4 to 30, a blank row 31, towns 32 to 43. */
    private static SampleSheet adoptions() {
        List<String> headers = List.of("序号", "录用时间", "报送单位", "信息 标题", "刊物/媒体", "编号", "审核确定", "备注");
        List<List<Object>> rows = new ArrayList<>(departmentAdoptions());
        rows.add(blankRow());
        rows.addAll(townAdoptions());
        List<String> titles = List.of("2018年6月“最多跑一次”改革信息录用台账",
                "填报单位：区“跑改办”\u3000\u3000\u3000\u3000统计截至：2018年6月30日");
        return new SampleSheet("录用", titles, headers, rows);
    }

    private static List<List<Object>> departmentAdoptions() {
        return List.of(
                row("2018/6/4", "区市监局", "企业开办时间压缩至1个工作日", "杭州日报", null, CONFIRMED, "跑改办已审核"),
                row("6月6日", "区市场监督管理局", "企业开办时间压缩至 1 个工作日", "《钱江晚报》", null, null, "待跑改办审核"),
                row(date(6, 7), "区 发改委", "投资项目审批代办制实现全覆盖", "《杭州信息·今日要情》"),
                row("2018年6月13日", "区发改局", "“标准地”出让改革试点推进", "区最多跑一次改革情况交流"),
                row("2018.6.14", "国土萧山分局", "不动产抵押登记“不见面”办理", "市“最多跑一次”改革简报"),
                row("2018/6/12", "区公安分局", "萧山公安推出户籍业务“一窗通办”", "萧山信息•专报", "GA-0612"),
                row(chineseDate(6, 20), "萧山公安分局", "区公安分局户籍业务实现一窗通办", "杭州信息•专报", "GA-0612"),
                row("20180626", "区公安分局", "萧山公安推出户籍业务“一窗通办”", "省\"最多跑一次\"改革简报"),
                row("6月21日", "区公安分局", "区公安分局户籍业务实现一窗通办", "杭州日报", null, CONFIRMED),
                row("2018/6/22", "区公安分局", "区公安分局户籍业务实现一窗通办", "浙江新闻", null, CONFIRMED),
                row("2018/6/5", "区人社局", "社保卡申领“一次办结”", "萧山信息•每日动态第15期"),
                row("2018/6/19", "区人力社保局", "社保卡申领“一次办结”", "萧山信息•每日动态第18期"),
                row(date(6, 15), "区民政局、区信息中心", "“互联网+养老服务”信息平台上线", "《浙江信息•每日汇报》",
                        null, null, "联合报送"),
                row("2018/6/25", "区卫生计生局", "出生“一件事”多证联办", "中办信息"),
                row("2018/6/12", "区环保局", "环评审批推行“多评合一”", "萧山信息•专报"),
                row(date(6, 12), "区环境保护局", "环评审批推行“多评合一”", "萧山信息-专报"),
                row("2018/6/8", "区城市管理局", "城管审批事项实现“掌上办”", "《杭州信息•今日要情》第35期"),
                row("2018/6/27", "区办事服务中心", "推行“无差别全科受理”", "人民日报", null, CONFIRMED),
                row("2018-06-11", "区招管办", "推行“无差别全科受理”", "市改革简报"),
                row(serial(6, 6), "区编委办", "公布“最多跑一次”事项清单", "区“最多跑一次”改革情况交流"),
                row("6月15日", "区文广新局", "文化市场行政审批“一次办”", "杭州新闻联播", null, CONFIRMED),
                row("2018/6/14", "区文化广电新闻出版局", "文化市场行政审批“一次办”", "每日动态"),
                row("2018年6月20日", "区农业局", "农业项目审批“一网通办”", "省“最多跑一次”改革简报"),
                row("2018/6/26", "区交通局", "道路运输证实现“网上办”", "钱江晚报", null, null, "待跑改办审核"),
                row("2018/6/18", "区经信委", "工业投资项目“一窗服务”", "杭州信息•今日要情"),
                row("2018.6.9", "区地税局", "涉税事项一窗通办", "市改革简报"),
                row("2018/6/28", "区安监局", "安全生产许可“容缺受理”", "每日动态"));
    }

    private static List<List<Object>> townAdoptions() {
        return List.of(
                row("2018/6/4", "城厢街道", "城厢街道推行“代办员”制度", "萧山信息•每日动态"),
                row("2018/6/11", "瓜沥镇", "瓜沥镇“一窗受理”延伸到村", "萧山信息•每日动态第12期"),
                row("2018/6/21", "临浦镇", "深化“最多跑一次”改革工作进展", "每日动态"),
                row("2018/6/21", "浦阳镇", "深化“最多跑一次”改革工作进展", "每日动态"),
                row("2018/6/19", "所前镇", "所前镇便民服务“就近办”", "萧山日报"),
                row(date(6, 29), "新塘街道，宁围街道，北干街道", "三街道联合推行“跨街通办”", "杭州信息-今日要情",
                        null, null, "联合报送"),
                row("6.5", "义桥镇", "义桥镇审批服务“一站办结”", "区改革情况交流", "YQ-0605"),
                row("2018/6/27", "开发区", "开发区企业投资项目“零跑腿”", "今日要情"),
                row("2018/6/13", "区司法局", "公证服务“最多跑一次”全覆盖", "浙江新闻", null, CONFIRMED),
                row("2018/6/8", "公积金萧山分中心", "公积金提取“一次都不跑”", "杭州日报", null, CONFIRMED),
                row("2018/6/14", "杭州公积金萧山分中心", "公积金提取“一次都不跑”", "《浙江信息•每日汇报》（第88期）"),
                row("2018/6/20", "区气象局", "气象服务“一次办结”", "萧山信息•每日动态"));
    }

    /** 批示: header on row 1. Data rows 2 to 6. */
    private static SampleSheet instructions() {
        List<String> headers = List.of("单位", "信息标题", "信息编号", "批示级别", "批示日期");
        List<List<Object>> rows = List.of(
                row("区市场监管局", "区市场监管局推行商事登记全程电子化", "SC-0501", "市领导", "2018/6/20"),
                row("城厢街道", "城厢街道推行“代办员”制度", null, "区领导", "2018/6/10"),
                row("义桥镇", null, "YQ-0605", "区领导批示", "2018/6/12"),
                row("区卫计局", "出生“一件事”多证联办", null, "区领导", "2018/6/26"),
                row("区卫计局", "出生“一件事”多证联办", null, "市委、市政府主要领导", date(6, 28)));
        return new SampleSheet("批示", List.of(), headers, rows);
    }

    /** 约稿: header on row 2. Data rows 3 to 8. */
    private static SampleSheet commissions() {
        List<String> headers = List.of("约稿编号", "约稿主题", "承办单位", "截止\n日期", "完成情况");
        List<List<Object>> rows = List.of(
                row("YG-1802", "企业投资项目审批提速情况", "区经信局", date(6, 10), "2018/6/8"),
                row("YG-1803", "投资项目“代办制”推进情况", "区发改局", "2018/6/15", "2018/6/20"),
                row("YG-1804", "工程建设项目审批改革情况", "区住建局", "2018/6/20", null),
                row("YG-1805", "义务教育入学报名“网上办”情况", "区教育局", "2018/6/30", null),
                row("YG-1806", "道路运输“最多跑一次”情况", "区交通局", "6月25日", "√"),
                row(null, "出生“一件事”联办经验", "区卫计局", date(6, 18), chineseDate(6, 18)));
        return new SampleSheet("约稿", List.of("2018年6月约稿任务完成情况"), headers, rows);
    }

    /** 扣分: header on row 2. Data rows 3 and 4, the second a duplicate of the first. */
    private static SampleSheet deductions() {
        List<String> headers = List.of("日期", "单位", "扣分事由", "分值");
        List<List<Object>> rows = List.of(
                row("2018/6/22", "区城市管理局", "重大信息漏报", "-5"),
                row("6月22日", "区城管局 ", "重大信息漏报", 5.0));
        return new SampleSheet("扣分", List.of("2018年6月扣分登记"), headers, rows);
    }

    /** 报送: header on row 1. Data rows 2 to 11. */
    private static SampleSheet submissions() {
        List<String> headers = List.of("报送日期", "单位", "标题");
        List<List<Object>> rows = List.of(
                row("2018/6/8", "区公安分局", "萧山公安推出户籍业务“一窗通办”"),
                row("2018/6/15", "区公安分局", "区公安分局户籍业务实现一窗通办"),
                row("2018/6/10", "区卫计局", "出生“一件事”多证联办"),
                row("2018/6/10", "区档案局", "档案查询实现“跨馆出证”"),
                row("2018/6/15", "所前镇", "所前镇便民服务“就近办”"),
                row("2018/6/18", "临浦镇", "深化“最多跑一次”改革工作进展"),
                row("2018/6/18", "浦阳镇", "深化“最多跑一次”改革工作进展"),
                row("2018/6/20", "区交通局", "道路运输证实现“网上办”"),
                row("2018/6/25", "区信访局", "信访事项“网上受理”"),
                row("2018/6/16", "区气象局", "气象服务“一次办结”"));
        return new SampleSheet("报送", List.of(), headers, rows);
    }
}
