package report

// texts are the report's fixed words in each language.
var texts = map[string]map[string]string{
	"ar": {
		"title": "تقرير إسناد", "documents": "الوثائق", "outlets": "المنافذ", "claims": "الادعاءات",
		"repeated": "ادعاءات تكررت في أكثر من وثيقة", "stories": "القصص", "contradictions": "التناقضات",
		"claimsHeading": "الادعاءات المهمة", "grade": "الدرجة", "independent": "المصادر المستقلة",
		"origins": "الأصول", "publisher": "الناشر", "credited": "عن %s",
		"grade1": "مؤكد", "grade2": "صحيح على الأرجح", "grade3": "ربما صحيح", "grade4": "مشكوك فيه", "grade5": "غير محتمل", "grade6": "لا يمكن الحكم",
		"inheritedNote":  "(*) حلقة مستكملة من وثيقة أخرى في المجموعة.",
		"storiesHeading": "القصص (إعادة الصياغة والنقل)", "contraHeading": "التناقضات", "recycledHeading": "الوثائق المعاد نشرها",
		"none": "لا شيء.", "attribute": "الصفة", "reportA": "رواية أ", "reportB": "رواية ب", "why": "السبب",
		"kind_syndication": "نسخ شبه حرفي", "kind_rewrite": "إعادة صياغة", "kind_same-origin": "أصل مشترك",
		"storyPairs":     "%d من الوثائق يجمعها %d من الأزواج المتحقق منها",
		"storyCredit":    "؛ «%s» و«%s» تنسبان الخبر إلى أصل واحد دون نص مشترك",
		"storyShare":     "؛ «%s» و«%s» تتشاركان %d من المقاطع (احتواء %.0f%%، تشابه جاكار %.2f)",
		"value_asserted": "إثبات", "value_denied": "نفي",
		"list": "، ", "semi": "؛ ", "anonymousOrigin": "مصدر غير مسمى", "unknownPublisher": "ناشر غير معروف",
		"attr_time": "الزمن", "attr_quantity": "العدد", "attr_actor": "الفاعل", "attr_affiliation": "التبعية", "attr_place": "المكان", "attr_polarity": "النفي والإثبات",
	},
	"en": {
		"title": "isnad report", "documents": "Documents", "outlets": "outlets", "claims": "Claims",
		"repeated": "claims repeated across documents", "stories": "Stories", "contradictions": "contradictions",
		"claimsHeading": "The claims that matter", "grade": "Grade", "independent": "Independent origins",
		"origins": "origins", "publisher": "publisher", "credited": "via %s",
		"grade1": "confirmed", "grade2": "probably true", "grade3": "possibly true", "grade4": "doubtful", "grade5": "improbable", "grade6": "cannot be judged",
		"inheritedNote":  "(*) link completed from another document of the group.",
		"storiesHeading": "Stories (rewrites and syndication)", "contraHeading": "Contradictions", "recycledHeading": "Recycled documents",
		"none": "None.", "attribute": "Attribute", "reportA": "Report A", "reportB": "Report B", "why": "Why",
		"kind_syndication": "syndication", "kind_rewrite": "rewrite", "kind_same-origin": "same origin",
		"storyPairs":     "%d documents joined by %d verified pair(s)",
		"storyCredit":    "; %s and %s credit one origin without shared wording",
		"storyShare":     "; %s and %s share %d passage(s) (containment %.0f%%, Jaccard %.2f)",
		"value_asserted": "asserted", "value_denied": "denied",
		"list": ", ", "semi": "; ", "anonymousOrigin": "an unnamed source", "unknownPublisher": "unknown publisher",
		"attr_time": "time", "attr_quantity": "quantity", "attr_actor": "actor", "attr_affiliation": "affiliation", "attr_place": "place", "attr_polarity": "polarity",
	},
}
