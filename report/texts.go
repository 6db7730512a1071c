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
		"attr_time": "time", "attr_quantity": "quantity", "attr_actor": "actor", "attr_affiliation": "affiliation", "attr_place": "place", "attr_polarity": "polarity",
	},
}
