package io.linecare.demo;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;

import io.linecare.customer.ServiceType;
import io.linecare.network.WorkingDays;

/**
 * The fixed vocabulary of the demo ISP: its areas, streets, tariffs and the names people have.
 * Kept apart from {@link DemoIspGenerator} so the generator only holds the rules that combine them.
 * Districts and streets are real Hangzhou places; people and companies are invented.
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    static final String CITY = "Hangzhou";
    static final String TIME_ZONE = "Asia/Shanghai";

    /**
     * @param olts         fibre access nodes in the area (each area also has one CMTS)
     * @param baselineMbps typical measured download in the area, from its plan mix
     * @param streets      streets for addresses in the area
     */
    record AreaSpec(String id, String district, String name, LocalTime workingStart, LocalTime workingEnd,
            WorkingDays workingDays, int olts, int baselineMbps, List<String> streets) {
    }

    static final List<AreaSpec> AREAS = List.of(
            area("A01", "西湖区", "文教片区", "08:00", "20:00", WorkingDays.MON_SUN, 2, 420,
                    "文三路", "文二路", "教工路", "学院路", "保俶路"),
            area("A02", "西湖区", "西溪片区", "08:00", "20:00", WorkingDays.MON_SAT, 1, 380,
                    "西溪路", "紫金港路", "古墩路", "留和路"),
            area("A03", "上城区", "湖滨片区", "08:00", "20:00", WorkingDays.MON_SUN, 2, 450,
                    "解放路", "延安路", "庆春路", "望江路", "秋涛路"),
            area("A04", "拱墅区", "运河片区", "08:00", "20:00", WorkingDays.MON_SAT, 2, 360,
                    "莫干山路", "湖墅南路", "大关路", "丽水路", "上塘路"),
            area("A05", "滨江区", "长河片区", "08:00", "20:00", WorkingDays.MON_SUN, 2, 560,
                    "江南大道", "滨盛路", "长河路", "网商路", "江陵路"),
            area("A06", "萧山区", "城厢片区", "08:30", "18:00", WorkingDays.MON_SAT, 2, 330,
                    "市心路", "金城路", "人民路", "萧绍路", "通惠路"),
            area("A07", "余杭区", "未来科技城片区", "08:00", "20:00", WorkingDays.MON_SAT, 2, 520,
                    "文一西路", "五常大道", "高教路", "龙潭路"),
            area("A08", "余杭区", "良渚片区", "08:30", "18:00", WorkingDays.MON_SAT, 1, 300,
                    "良运街", "古墩路", "莫干山路"),
            area("A09", "临平区", "临平新城片区", "08:30", "18:00", WorkingDays.MON_SAT, 1, 310,
                    "世纪大道", "迎宾路", "藕花洲大街", "星光街"),
            area("A10", "钱塘区", "下沙片区", "08:30", "18:00", WorkingDays.MON_SAT, 2, 340,
                    "学源街", "文泽路", "下沙路", "金沙大道", "文渊路"),
            area("A11", "富阳区", "富春片区", "08:30", "17:30", WorkingDays.MON_FRI, 1, 240,
                    "金桥北路", "江滨西大道", "桂花路", "北环路"),
            area("A12", "临安区", "锦城片区", "08:30", "17:30", WorkingDays.MON_FRI, 1, 210,
                    "钱王街", "衣锦街", "万马路", "科技大道"));

    /** Areas where offices concentrate; enterprise customers are drawn there more often. */
    static final List<String> BUSINESS_AREAS = List.of("A03", "A05", "A07", "A10");

    /** @param basePrice the price before any {@link DemoIspGenerator} price change */
    record PlanSpec(String code, ServiceType serviceType, String name, BigDecimal basePrice, Integer downloadMbps) {
    }

    static final List<PlanSpec> PLANS = List.of(
            plan("BB-100", ServiceType.BROADBAND, "宽带 100M", "69.00", 100),
            plan("BB-300", ServiceType.BROADBAND, "宽带 300M", "99.00", 300),
            plan("BB-500", ServiceType.BROADBAND, "宽带 500M", "129.00", 500),
            plan("BB-1000", ServiceType.BROADBAND, "宽带 1000M", "199.00", 1000),
            plan("BB-ENT-1000", ServiceType.BROADBAND, "企业专线 1000M", "899.00", 1000),
            plan("VOIP-HOME", ServiceType.VOIP, "家庭固话", "20.00", null),
            plan("VOIP-BIZ", ServiceType.VOIP, "企业固话", "80.00", null),
            plan("TV-BASIC", ServiceType.CABLE_TV, "数字电视基础包", "24.00", null),
            plan("TV-PLUS", ServiceType.CABLE_TV, "数字电视全家桶", "58.00", null));

    /** Chinese surname and its pinyin (for e-mail addresses); Zhejiang names such as 楼, 俞 included. */
    static final String[][] SURNAMES = {
            {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"},
            {"黄", "huang"}, {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"},
            {"马", "ma"}, {"朱", "zhu"}, {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"高", "gao"},
            {"林", "lin"}, {"罗", "luo"}, {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"},
            {"唐", "tang"}, {"许", "xu"}, {"韩", "han"}, {"冯", "feng"}, {"邓", "deng"}, {"曹", "cao"},
            {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"}, {"袁", "yuan"},
            {"潘", "pan"}, {"蒋", "jiang"}, {"蔡", "cai"}, {"余", "yu"}, {"杜", "du"}, {"叶", "ye"},
            {"程", "cheng"}, {"沈", "shen"}, {"姚", "yao"}, {"陆", "lu"}, {"汪", "wang"}, {"金", "jin"},
            {"方", "fang"}, {"钱", "qian"}, {"楼", "lou"}, {"俞", "yu"}, {"应", "ying"}, {"邵", "shao"}};

    static final String[][] GIVEN_NAMES = {
            {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"},
            {"强", "qiang"}, {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"},
            {"杰", "jie"}, {"娟", "juan"}, {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀英", "xiuying"},
            {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"}, {"桂英", "guiying"}, {"晨", "chen"}, {"浩", "hao"},
            {"宇轩", "yuxuan"}, {"子涵", "zihan"}, {"欣怡", "xinyi"}, {"梓萱", "zixuan"}, {"一诺", "yinuo"},
            {"思远", "siyuan"}, {"雨桐", "yutong"}, {"建华", "jianhua"}, {"志强", "zhiqiang"},
            {"海燕", "haiyan"}, {"晓东", "xiaodong"}, {"丹丹", "dandan"}, {"婷婷", "tingting"},
            {"俊杰", "junjie"}, {"佳怡", "jiayi"}, {"文博", "wenbo"}, {"嘉豪", "jiahao"}, {"慧敏", "huimin"},
            {"国平", "guoping"}, {"立新", "lixin"}, {"春梅", "chunmei"}, {"天宇", "tianyu"}, {"雪", "xue"},
            {"鹏", "peng"}, {"斌", "bin"}, {"琳", "lin"}};

    /** Residents who prefer English; most English-locale customers still have Chinese names. */
    static final List<String> FOREIGN_NAMES = List.of(
            "Oliver Schmidt", "Emma Wilson", "Lucas Martin", "Sophie Dubois", "James Carter", "Anna Kowalski",
            "Daniel Kim", "Maria Rossi", "Thomas Becker", "Hannah Lee", "Ryan O'Connor", "Laura Garcia");

    static final List<String> COMPANIES = List.of(
            "杭州云帆科技有限公司", "杭州钱江数据服务有限公司", "浙江西溪文化传媒有限公司", "杭州滨江智联网络科技有限公司",
            "杭州运河物流有限公司", "杭州良渚建筑设计有限公司", "杭州临平纺织有限公司", "杭州萧山汽车配件有限公司",
            "杭州富春茶业有限公司", "杭州青山湖新材料有限公司", "浙江之江律师事务所", "杭州天目山旅游开发有限公司",
            "杭州钱塘跨境电商有限公司", "杭州武林餐饮管理有限公司", "杭州九堡服装有限公司", "杭州拱宸桥口腔诊所有限公司",
            "杭州龙井茶文化有限公司", "杭州六和塔酒店管理有限公司", "杭州湖畔软件有限公司", "杭州紫金港医疗器械有限公司",
            "杭州文三电子商务有限公司", "杭州下沙生物医药有限公司");

    /** Reserved example domains, so a misconfigured mail relay can never reach a real person. */
    static final List<String> MAIL_DOMAINS = List.of("example.com", "example.net", "example.org", "mail.example.com");

    static final List<String> MOBILE_PREFIXES = List.of(
            "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "156", "158", "159", "166", "176", "177", "180", "182", "183", "185", "186", "187", "188", "189", "199");

    /** Field technicians; T01 and T02 are the demo logins chen.jie and sun.hao. */
    static final List<String> TECHNICIAN_NAMES = List.of(
            "陈杰", "孙浩", "王建国", "李志刚", "张海峰", "刘洋", "杨帆", "黄俊", "赵磊", "吴斌", "周强", "徐明",
            "马超", "朱伟", "胡军", "郭涛", "何平", "高翔", "林峰", "罗勇", "郑凯", "梁辉", "谢鹏", "宋亮");

    private static AreaSpec area(String id, String district, String name, String start, String end,
            WorkingDays days, int olts, int baselineMbps, String... streets) {
        return new AreaSpec(id, district, name, LocalTime.parse(start), LocalTime.parse(end), days, olts,
                baselineMbps, List.of(streets));
    }

    private static PlanSpec plan(String code, ServiceType type, String name, String price, Integer mbps) {
        return new PlanSpec(code, type, name, new BigDecimal(price), mbps);
    }
}
