package kaohe.samples;

import static kaohe.samples.SampleSheet.chineseDate;
import static kaohe.samples.SampleSheet.date;
import static kaohe.samples.SampleSheet.row;
import static kaohe.samples.SampleSheet.serial;

import java.util.List;

/**
 * The May 2018 sample ledger: 20 adoptions, one instruction, three commissions (one late, one on time,
 * one still pending at 31 May), one other deduction and a few submissions. It has no problem rows.
 */
final class MaySample {

    private MaySample() {
    }

    static List<SampleSheet> sheets() {
        return List.of(adoptions(), instructions(), commissions(), deductions(), submissions());
    }

    /** 录用: header on row 2 under one merged title. Data rows 3 to 22. */
    private static SampleSheet adoptions() {
        List<String> headers = List.of("序号", "信息标题", "单位 ", "录用载体", "刊发日期", "信息编号", "跑改办审核", "备注");
        List<List<Object>> rows = List.of(
                row("区市场监管局推行商事登记全程电子化", "区市场监管局\u3000", "《浙江信息·每日汇报》", "2018/5/8", "SC-0501"),
                row("企业开办时间压缩至1个工作日", "区市场监督管理局", "杭州信息•专报", date(5, 15)),
                row("投资项目审批“代办制”实现全覆盖", "区发改委", "每日动态", "2018年5月10日"),
                row("不动产登记实现“一窗受理、集成服务”", "国土萧山分局", "《萧山信息•专报》", "5月11日"),
                row("不动产登记实现“一窗受理、集成服务”", "国土萧山分局", "萧山信息•情况交流", "2018.5.18"),
                row("出入境证件“一证通办”试点启动", "区公安分局", "萧山信息•每日动态", "20180516"),
                row("社保业务“就近办”覆盖全区", "区人社局", "市\"最多跑一次\"改革简报", chineseDate(5, 16)),
                row("婚姻登记推行“预约办”", "萧山区民政局 ", "每日动态", "2018/5/21"),
                row("政务服务网事项全部上线运行", "区信息中心", "《杭州信息•情况交流》", "2018-05-23"),
                row("政务服务网：事项全部上线运行", "区信息中心", "萧山信息•每日动态", "5.14"),
                row("城市管理“一站式”审批服务", "区城管局", "区“最多跑一次”改革情况交流", date(5, 22)),
                row("全区“最多跑一次”事项实现率达96%", "区办事服务中心", "《浙江信息•专报》", "2018/5/25"),
                row("全区“最多跑一次”事项实现率达96%", "区办事服务中心（招管办）", "市改革简报", "2018/5/22"),
                row("水利工程审批“并联办”", "区农水局", "每日动态", "5月9日"),
                row("涉税事项“一窗通办”", "区财政局", "杭州信息・今日要情", "2018年5月17日"),
                row("涉税事项“一窗通办”", "区财政局", "钱江晚报", "2018/5/18", null, "是", "跑改办已审核"),
                row("编制“最多跑一次”事项办事指南", "区编委办", "萧山信息•情况交流", "20180529"),
                row("瓜沥镇便民服务中心实现“一窗受理”", "瓜沥镇", "区改革情况交流", "2018/5/24"),
                row("开发区设立企业服务代办窗口", "开发区", "每日动态", "2018/5/30"),
                row("残疾人证办理实现“零跑腿”", "区残联", "萧山信息•每日动态", serial(5, 31)));
        return new SampleSheet("录用", List.of("2018年5月“最多跑一次”改革信息录用台账"), headers, rows);
    }

    /** 批示: header on row 1. Data row 2. */
    private static SampleSheet instructions() {
        List<String> headers = List.of("批示日期", "单位", "标题", "批示领导");
        List<List<Object>> rows = List.of(
                row("2018/5/28", "区办事服务中心（招管办）", "全区“最多跑一次”事项实现率达96%", "市其他领导"));
        return new SampleSheet("批示", List.of(), headers, rows);
    }

    /** 约稿: header on row 2. Data rows 3 to 5. */
    private static SampleSheet commissions() {
        List<String> headers = List.of("约稿编号", "主题", "单位", "完成时限", "完成日期");
        List<List<Object>> rows = List.of(
                row(null, "不动产登记改革经验材料", "国土萧山分局", "2018/5/20", "2018/5/23"),
                row("YG-1802", "企业投资项目审批提速情况", "区经信局", date(6, 10), null),
                row(null, "医疗服务领域“最多跑一次”进展", "区卫计局", "2018年5月25日", "已完成"));
        return new SampleSheet("约稿", List.of("2018年5月约稿任务完成情况"), headers, rows);
    }

    /** 扣分: header on row 1. Data row 2. */
    private static SampleSheet deductions() {
        List<String> headers = List.of("单位", "事由", "扣分", "日期");
        List<List<Object>> rows = List.of(
                row("区城管局", "重大信息迟报", 3.0, "2018/5/28"));
        return new SampleSheet("扣分", List.of(), headers, rows);
    }

    /** 报送: header on row 2. Data rows 3 to 11. */
    private static SampleSheet submissions() {
        List<String> headers = List.of("单位", "信息标题", "报送日期");
        List<List<Object>> rows = List.of(
                row("区市场监管局", "区市场监管局推行商事登记全程电子化", "2018/5/3"),
                row("区市场监督管理局", "企业开办时间压缩至1个工作日", "2018/5/10"),
                row("区发改委", "投资项目审批“代办制”实现全覆盖", "2018/5/7"),
                row("区公安分局", "出入境证件“一证通办”试点启动", "2018/5/12"),
                row("区信息中心", "政务服务网事项全部上线运行", "2018/5/9"),
                row("区办事服务中心", "全区“最多跑一次”事项实现率达96%", "2018/5/15"),
                row("区档案局", "档案查询“一次不用跑”", "2018/5/16"),
                row("瓜沥镇", "瓜沥镇便民服务中心实现“一窗受理”", "2018/5/20"),
                row("开发区", "开发区设立企业服务代办窗口", "2018/5/26"));
        return new SampleSheet("报送", List.of("2018年5月信息报送登记"), headers, rows);
    }
}
