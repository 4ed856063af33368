"""Add coded texts to the real corpus: assign ids and the split, write gold.jsonl and manifest.tsv.

    python bench/real/assemble.py PART.jsonl [PART.jsonl ...]

Each PART line is a gold object (bench/real/README.md) with ``id`` and ``split`` left empty
(``split`` is ``dev`` for a text whose parse was looked at before it was split). A
text keeps its id and split once given: rows already in gold.jsonl are never renumbered or moved
(the split is made once). A new row's id is ``R`` and the first 8 hex digits of the sha256 of
its normalised URL; its split is ``test`` for about a third of the texts, by a hash of its
``group`` (the URL, unless a story reprinted by several outlets shares one, so that a story never
sits on both sides; a new reprint of a story already in the corpus takes that story's
split), and ``dev`` for every page of the team's described layouts
(``../shared/devset/layouts.jsonl``: earlier rules were written near them, so they cannot measure
text the code was not tuned on). A URL already in the corpus, after normalisation, is refused.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEVSET = HERE.parents[2] / "shared" / "devset" / "layouts.jsonl"
GOLD = HERE / "gold.jsonl"
MANIFEST = HERE / "manifest.tsv"
FIELDS = ("id", "url", "sha256", "language", "outlet", "layout", "split", "genre")
# Stories printed by several outlets (found while coding): one group, one split.
GROUPS = {
    "belarus-summons-2024": ("kun.uz/ru/news/2024/08/22/posla-belarusi",
                             "eadaily.com/ru/news/2024/08/22/mid-kazahstana-otvetil-na-kritiku",
                             "euroradio.by/ru/poziciyu-astany-snachala-vyslushal",
                             "bitnewstoday.ru/kazahstan-lukashenko-ne-lez-ne-v-svoe-delo"),
    "sarym-amanat-2023": ("durys-info.com/intervyu/item/170852-aydos-sarym",
                          "informburo.kz/interview/aidos-sarym-est-nemalo-lyudei"),
    "idrissov-national-interest-2014": ("nationalinterest.org/feature/kazakhstan-central-asias",
                                        "snuffysmithsblog.blogspot.com/2014/06/kazakhstan"),
    "costa-visas-2025": ("inform.kz/ru/kazahstan-i-es-obsuzhdayut-uproshenie-vizovogo",
                         "kaz.inform.kz/news/kazakstan-men-eo-vizalik-rezhimd"),
    "glusman-orda-2024": ("en.orda.kz/israeli-ambassador-to-kazakhstan-gives-exclusive",
                          "orda.kz/posol-izrailja-v-kazahstane-prokommentiroval"),
    "tokayev-ana-tili-2025": ("omundodiplomatico.com.br/2025/01/03/kassym-jomart-tokayev",
                              "theguide.com.br/relevant/embassy-of-kazakhstan-informs",
                              "sulu-news.com/politika/item/185541"),
    "tokayev-cctv-2023": ("ulysmedia.kz/interview/15970-polnaia-versiia-pochemu-interviu",
                          "newtimes.kz/vlast/169066-tokaev-dal-intervyu",
                          "zzhdxx.com/erihgetrg/1543",
                          "socialistchina.org/2023/05/19/cgtn-interview-with-kazakh",
                          "luandaherald.com/what-kassym-jomart-tokayev-talks-about",
                          "news.cgtn.com/news/2023-05-19/exclusive-with-president-of-kazakhstan"),
    "vassilenko-eureporter-2025": ("eureporter.co/kazakhstan-2/2025/04/18/interview-with",),
    "tleuberdi-nhk-2022": ("titus.kz/print.php?id=119808", "dixinews.ru/news/politika/kazakh",
                           "msk.dixinews.ru/amp/vlast/443505", "asiaplus.news/?p=379440",
                           "asiaplustj.info/en/news/centralasia/20220406", "en.topwar.ru/207545",
                           "kt.kz/eng/politics/kazakh_president_attends_informal_meeting",
                           "belnovosti.by/politika/astana-ne-pomozhet-rossii-oboyti-sankcii"),
    "tokayev-egemen-2024": ("inpsjapan.com/en/sdgs-2/as-a-progressive-nation",
                            "kazakhexport.kz/en/news/novosti-kompanii/1367",
                            "vku.edu.kz/2024/01/03/president-of-rk-kasym-jomart-tokayev"),
    "karin-vlast-2025": ("vlast.kz/politika/66994", "vlast.kz/vlast-qazaqsha/67021",
                         "durys-info.com/novosti/item/185991"),
    "koshanov-2023": ("azattyq-ruhy.kz/interview/52742",
                      "time.kz/articles/ugol/2023/07/19/erlan-kosh",
                      "newtimes.kz/politika/172758-spiker-mazhilisa"),
    "ukraine-protest-2022": ("vlast.kz/novosti/51299",
                             "ru.sputniknews.kz/20220823/mid-kazakhstan-protest-posol-ukraine"),
    "vice-president-2025": ("qazaqstanca-yts-rzydnt-n-ceyn-krk-sayasattaney-77d854",
                            "inform.kz/ru/zachem-kazahstanu-vitse-prezident"),
    "tleuberdi-nur-2022": ("nur.kz/politics/kazakhstan/1892734", "govoritmoskva.ru/news/259409"),
    "maiko-ulys-2023": ("ulysmedia.kz/suhbat/36126", "ulysmedia.kz/interview/60716"),
    "azerbaijani-expert-inform": ("kaz.inform.kz/news/azerbayzhandik-sarapshi",
                                  "inform.kz/ru/vneshnyaya-politika-kazahstana-ne-abstraktniy"),
    "turkey-fm-call-2026": ("kaz.inform.kz/news/kazakstan-men-turkiya-sirtki-ster-ministrler",
                            "otyrar.kz/2026/03/glavy-mid-kazahstana-i-turczii"),
    "akhmetzhanov-2024": ("kursvaluty.kz/news/433262", "valuta24.kz/finance/232250"),
    "eu-envoy-euractiv": ("yourdecommissioningnews.com/for-kazakhstan-the-european-union",
                          "euractiv.com/section/central-asia/interview/presidential-envoy"),
    "isa-qazdauiri": ("qazdauiri.kz/archives/25537",
                      "datnews.info/%d2%9b%d0%b0%d0%b7%d1%8b%d0%b1%d0%b5%d0%ba-%d0%b8%d1%81%d0%b0"),
    "yamada-2022": ("jicaalumni.kz/razdel-vnutrennyaya/realnoe-partnerstvo",
                    "e-history.kz./ru/amp/news/show/33536"),
    "tokayev-turkistan-2023": ("open.kg/news/exclusive/59607", "mts.kg/en/v-mire/3139",
                               "centralasia.media/news:2392616",
                               "lada.kz/kazakhstan-news/147869-kazakhstan-vstupil"),
    "tokayev-al-jazeera": ("mgorod.kz/news/tokaev-kazahstan-opora",
                           "asb-media.info/en/tokayev-details-equilibrium",
                           "mgorod.kz/news/tokaev-dal-ekskliuzivnoe-interviu-katarskomu",
                           "qazinform.com/news/president-talks-about-alternative-routes"),
    "nazarbayev-vesti-putin": ("vesti.ru/doc.html?id=3090066",
                               "silk-road-today.kz/news/374-nazarbaev-rasskazal"),
    "myanmar-leader-inform-2025": ("qazinform.com/news/president-of-myanmar-on-strengthening",
                                   "inform.kz/ru/mi-otkrivaem-novie-gorizonti-partnerstva"),
    "abraham-wapo-kk-2025": ("baq.kz/qazaqstan-aqsh-pen-qarym-qatynasty-pragmatikalyq",
                             "kaz.zakon.kz/sayasat/6071137-amerikaly-sarapshylar"),
    "israeli-expert-zakon-2025": ("zakon.kz/stati/6504049-izrail-i-kazakhstan-vyvodyat",
                                  "kaz.zakon.kz/sayasat/6074595-izrail-men-azastan"),
    "rice-astana-2008": ("scoop.co.nz/stories/wo0810/s00103", "scoop.co.nz/stories/wo0810/s00104"),
    "aliyev-inform-2025": ("kaz.inform.kz/news/kazakstannin-azerbayzhanmen-karim-katinasi",
                           "ru.trend.az/azerbaijan/politics/4105734",
                           "azertag.az/en/xeber/over_past_decades_brotherly_nations_azerbaijan"),
    "sulyok-inform-2025": ("inform.kz/ru/kazahstan-priznan-liderom-tsifrovizatsii",
                           "kaz.inform.kz/news/mazharstan-prezident-alem-kazakstandi"),
    "koo-inform-2024": ("en.inform.kz/news/kazakhstan-is-in-great-journey-to-reforms-and-korea",
                        "en.inform.kz/news/koo-hong-seok-ambassador-of-the-republic-of-korea",
                        "lenta.inform.kz/en/koo-hong-seok-ambassador-of-the-republic-of-korea"),
    "nurzhigitov-water-2024": ("eecca-water.net/content/view/35383",
                               "en.inform.kz/news/agreement-on-water-apportioning-with-china"),
    "umarov-inform-2025": ("kaz.inform.kz/news/prezident-buu-nin-bolashagina",
                           "inform.kz/ru/prezident-predstavit-tselostnoe-videnie-budushego-oon"),
    "tokayev-izvestia-2023": ("newscentralasia.net/2023/11/08/tokayev-relations-between",
                              "en.inform.kz/news/relations-between-kazakhstan-and-russia-have"),
    "kosherbayev-rbc-2022": ("rbc.ru/politics/19/01/2022/61e6f2769a7947b9e6dd14dc",
                             "taketonews.com/ambassador-of-kazakhstan-rbc-there-is-no-estrangement"),
    "mir-puteshestviy-49": ("viewer.joomag.com/мир-путешествий-49/0953054001542477647",),
    "deeper-democracy-ians": ("india4u.com/deeper-democracy-in-kazakhstan-will-strengthen",
                              "telugustop.com/deeper-democracy-in-kazakhstan-will-strengthen"),
    "jousten-eu-partner": ("en.inform.kz/news/kazakhstan-important-partner-for-european-union",
                           "eurodialogue.org/we-intend-to-proceed-enhancing-close-cooperation"),
    "putin-tokayev-2023-11": ("en.kremlin.ru/events/president/transcripts/72682",
                              "news-pravda.com/world/2023/11/07/173785"),
    "anwar-astana-2024": ("astanatimes.com/2024/05/malaysian-pm-commits-to-build-on-existing",
                          "honestnews.info/250",
                          "astanatimes.com/2024/05/kazakhstan-to-strengthen-cooperation-with-mal"),
    "tokayev-uzbekistan-cooperation": ("interkomitet.uz/main/effective-bilateral-cooperation",
                                       "lenta.inform.kz/en/tokayev-efficient-cooperation-of-kaz"),
    "parliament-30-years": ("inform.kz/ru/30-let-parlamentu-kazahstana-nachalo-novogo-etapa",
                            "qazinform.com/amp/30-years-of-parliament-of-kazakhstan-the"),
    "tashkent-briefing-2025": ("kazpravda.kz/n/tokaev-kazahstan-i-uzbekistan-otnyud-ne-soperniki",
                               "kaz.inform.kz/news/kazakstan-men-ozbekstan-prezidentter-bak-oklde"),
    "tolibayev-imagined-interview": ("tolibayev.blog/en/an-interview-that-didnt-happen",),
    "koshanov-minsk-2026": ("news.by/news/prezident/lukashenko-my-gotovy-postavlyat-tovary",
                            "kazpravda.kz/n/deputaty-kazahstana-i-belarusi-usilyat-sotrudnich"),
    "tokayev-turkistan-2025": ("ar.egemen.kz/article/403305-prezident-buu-daghy",
                               "kaz.inform.kz/news/halikaralik-dau-damaylarda-araagayin"),
    "zhang-hanhui-expo-2017": ("en.inform.kz/news/xi-jinping-to-visit-expo-2017-in-astana",
                               "ic24.kz/news/ch-khankhuey:-kitayskiy-potrebitel"),
    "tokayev-armenpress-2024": ("worldysnews.com/kassym-jomart-tokaev-was-interviewed-by-armenian",
                                "iuvmpress.co/kazakhstan-is-interested-in-expanding-cooperation"),
    "yesdauletov-vlast-2024": ("vlast.kz/vlast-qazaqsha/62641", "vlast.kz/english/62677"),
    "kuantyrov-nigeria-2025": ("trend.az/business/4002790",
                               "astanatimes.com/2025/02/kazakhstan-nigeria-strengthen",
                               "thisdaylive.com/index.php/2025/02/25/nigeria-kazakhstan-to-sign"),
    "middle-power-30-years": ("inform.kz/ru/kazahstan-za-30-let-podnyalsya-do-urovnya",
                              "kaz.inform.kz/news/kazakstan-30-zhil-shnde-orta-derzhava"),
    "tokayev-bishkek-2025-08": ("baq.kz/toqaev-qazaq-pen-qyrgyz-tagdyry-ortaq",
                                "ar.inform.kz/news/qasym-jwmart-twqay-n-sadyr-jaarw"),
    "china-sohu-note-2020": ("xnews.kz/2020/04/aza-stan-ytaj-a-narazyly-notasyn",
                             "egemen.kz/amp/article/229578-qazaqstan-nota-dgoldady"),
    "yamada-egemen-2021": ("en.egemen.kz/article/288197-jun-yamada",
                           "egemen.kz/amp/article/286643-ddgun-yamada"),
    "nazarbayev-ria-interfax-2011": ("ria.ru/interview/20111119/492544502",
                                     "ext_interviews/intervyu-prezidenta-kazahstana-nanazarbaeva"),
    "erdogan-order-anadolu-2022": ("dailysabah.com/politics/diplomacy/turkiye-to-continue",
                                   "trt.global/world/article/12783610"),
    "kazakh-envoy-tehran-irna": ("itolqyn.com/news/kazakhstan-i55998", "ru.irna.ir/news/84508444"),
    "kishida-call-2024-08": ("japan.kantei.go.jp/101_kishida/diplomatic/202408/09kazakhstan",
                             "silkwaytv.kz/ru/prezident-kazahstana-provel-telefonnyy-razgovor-s-premer"),
    "russian-consulate-aktau-2025": ("ertenmedia.kz/?p=24428",
                                     "bugin.kz/26057-resey-aqtauda-konsuldyq-ashudy"),
    "davutoglu-astana-2016": ("total.kz/politics/kazakhstan/2016/02/06/n_nazarbaev_podcherknul",
                              "kaz.nur.kz/1037666-nazarbaev-turkiya-men-resey-arasyndagh"),
    "consulates-georgia": ("ru.gruzinform.ge/news/47161/kazakstan-planiruet-otkriti",
                           "oqu.news/?p=11122"),
    "zhang-xiao-sco-2024": ("chinastudies.kz/en/kazakhstan-and-china-en/17572",
                            "en.inform.kz/news/what-will-the-president-of-kazakhstan-and-the"),
    "zelensky-call-2022": ("mgorod.kz/news/tokaev-obsudil-s-zelenskim-situaciyu-v-ukraine",
                           "almaty.tv/ru/news/politika/2315-kasym-dgomart-tokaev-vladimir"),
    "mirziyoyev-call-visit": ("aspect.uz/shavkat-mirzieev-posetit-kazahstan-s-gosydarstvennym",
                              "24.kz/kz/zha-aly-tar/sayasat/item/510790-asym-zhomart-to-aev"),
    "baradar-kazakh-envoy-2023": ("dpmea.gov.af/1403news3",
                                  "kabulnow.com/2023/04/kazakhstan-is-ready-to-accept-our"),
    "re-export-ban-106-goods-2023": ("pap.pl/ru/russian/news/vlasti-kazakhstana-my-zapretili",
                                     "uz.kursiv.media/2023-10-19/kazahstan-vvel-zapret-na-reeksport",
                                     "themoscowtimes.com/2023/10/20/kazakhstan-denies-ban"),
    "csto-exit-january-2022": ("chernayakobra.ru/kremlin-has-done-dirty-work",
                               "svpressa.ru/politic/article/321786"),
    "ambassador-summoned-moscow-2022": ("massaget.kz/news/kr-sm-okl-resey-elshisin-shakyiruga",
                                        "kaz.tengrinews.kz/kazakhstan_news/kr-sm-mariya-zaharovanyin",
                                        "urdupoint.com/en/world/kazakh-ambassador-summoned-to-russian"),
    "speca-baku-2023": ("silkwaytv.kz/kk/kasym-zhomart-tokaev-pen-ilham-aliev-kelissoz",
                        "qazaqstan.tv/index.php/news/185164"),
    "armenia-azerbaijan-almaty-2024": ("turan.az/en/politics/the-meeting-of-the-foreign",
                                       "lurer.com/article/586878/en"),
    "xi-state-visit-2022": ("abai.kz/lt/post/156902",
                            "kazaknews.kz/sayasat/aza-stan-a-ytaj-prezidenti-si-czinpin-keldi"),
    "note-to-russian-diplomat": ("saqshy.info/mid-kazahstana-nedoumevaet-po-povodu-vyskazyvanij",
                                 "vecher.kz/ru/article/rossiiskomu-diplomatu-peredana-nota"),
}  # fmt: skip


def norm(url: str) -> str:
    """The URL as ../shared/tools/is_excluded.py normalises it."""
    u = url.strip().lower()
    for p in ("https://", "http://"):
        if u.startswith(p):
            u = u[len(p) :]
    if u.startswith("www."):
        u = u[4:]
    return u.rstrip("/")


def group(url: str) -> str:
    u = norm(url)
    return next((g for g, keys in GROUPS.items() if any(k in u for k in keys)), u)


def described() -> set[str]:
    """The groups of the pages that ../shared/REAL_LAYOUTS.md describes."""
    if not DEVSET.exists():
        raise SystemExit(f"{DEVSET} is missing: the split needs it (run beside ../shared)")
    return {group(json.loads(line)["url"]) for line in DEVSET.read_text("utf-8").splitlines()}


def split_of(url: str, devset: set[str], placed: dict[str, str]) -> str:
    g = group(url)
    if g in placed:  # a reprint joins the side its story already sits on
        return placed[g]
    return "test" if g not in devset and hashlib.sha256(g.encode()).digest()[0] < 100 else "dev"


def read(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def main(parts: list[str]) -> int:
    rows = read(GOLD)
    devset = described()
    seen = {norm(r["url"]) for r in rows}
    placed = {group(r["url"]): r["split"] for r in rows}
    for part in parts:
        for n, row in enumerate(read(Path(part)), start=1):
            u = norm(row["url"])
            if u in seen:
                print(
                    f"{part}:{n}: {row['url']} is already in the corpus; skipped", file=sys.stderr
                )
                continue
            seen.add(u)
            row["id"] = "R" + hashlib.sha256(u.encode()).hexdigest()[:8]
            # A text whose parse was looked at before it had a split (`"split": "dev"` in the
            # part) was tuned near: it cannot measure text the code was not tuned on.
            seen_before = row.get("split") == "dev"
            if seen_before and placed.get(group(row["url"])) == "test":
                # a story sits on one side only: a reprint read before the split cannot join
                # its story on test, and must not sit on dev beside it
                print(
                    f"{part}:{n}: {row['url']} was read before the split, but its story is on "
                    "test; skipped (drop it from the batch)",
                    file=sys.stderr,
                )
                continue
            row["split"] = "dev" if seen_before else split_of(row["url"], devset, placed)
            placed[group(row["url"])] = row["split"]
            rows.append(row)
    rows.sort(key=lambda r: r["id"])
    GOLD.write_text(
        "".join(json.dumps({k: r[k] for k in FIELDS} | r, ensure_ascii=False) + "\n" for r in rows),
        "utf-8",
    )
    MANIFEST.write_text(
        "\t".join(FIELDS)
        + "\n"
        + "".join("\t".join(str(r[k]) for k in FIELDS) + "\n" for r in rows),
        "utf-8",
    )
    by_split = {s: sum(r["split"] == s for r in rows) for s in ("dev", "test")}
    print(f"{len(rows)} texts: {by_split}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
