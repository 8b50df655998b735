SYSTEM = "Head and neck"
FORMS = ["txt"]
HTML_HEADINGS = (4, 5)
MD_HEADINGS = ("####", "#####")
TXT_LISTS = "lines"
META = dict(slug="paranasal-sinus-mucocele", title="Paranasal sinus mucocele", rid="71154",
            kind_label="Radiology Reference Article", noun="article", path="articles", cite_kind="Reference article",
            authors="Delacroix M, Osei-Bonsu K, et al", reviser="Kwame Osei-Bonsu", revised="9 Jan 2026",
            site_system="Head & Neck", synonyms=["Sinus mucocele", "Mucocele of the paranasal sinuses"], front={})
REFS = [
 "Capra GG, Carbone PN, Mullin DP. Paranasal Sinus Mucocele. Head Neck Pathol. 2012;6(3):369-72.",
 "Van Tassel P, Lee YY, Jing BS et al. Mucoceles of the Paranasal Sinuses: MR Imaging with CT Correlation. AJR Am J Roentgenol. 1989;153(2):407-12.",
 "Lee TJ, Li SP, Fu CH et al. Extensive Paranasal Sinus Mucoceles: A 15-Year Review of 82 Cases. Am J Otolaryngol. 2009;30(4):234-8.",
]
RELATED_TITLE = "Paranasal sinus disease"
RELATED = ["Mucus retention cyst", "Allergic fungal sinusitis", "Silent sinus syndrome", "Pott puffy tumour", "Sinonasal polyposis"]

BODY = r"""
A **paranasal sinus mucocele** is an expanded, completely opacified, airless sinus filled with accumulated mucus, produced when the sinus ostium becomes obstructed. Mucoceles are the most common expansile lesion of the paranasal sinuses. Although benign, they remodel and may erode the surrounding bone, so they can extend into the orbit or the anterior cranial fossa {1}.
## Epidemiology
Mucoceles are mostly a disease of adults and are usually diagnosed in the fourth to seventh decades. Men and women are affected about equally. In children a mucocele is unusual and should raise the possibility of cystic fibrosis. Bilateral or multiple mucoceles are uncommon and are seen mostly after extensive sinus surgery or in cystic fibrosis.
## Clinical presentation
Presentation depends on the sinus involved and the direction of expansion. A frontal or frontoethmoidal mucocele classically produces a painless swelling above the medial canthus and proptosis with downward and lateral displacement of the globe, sometimes with diplopia. Sphenoid mucoceles are rare but important, because they may present with visual loss from compression of the optic nerve, or with headache and ophthalmoplegia. Infection of the contents turns a mucocele into a mucopyocele, which presents with pain, fever and more rapid progression. Maxillary mucoceles may push the orbital floor upwards, causing proptosis with upward displacement of the globe, or may bulge into the cheek and the oral cavity. Ethmoid mucoceles tend to displace the globe laterally.
## Pathology
The essential event is obstruction of the sinus drainage pathway, with continued mucus secretion by the lining mucosa. Causes of obstruction include:
- chronic rhinosinusitis and nasal polyposis
- previous sinus surgery, including functional endoscopic sinus surgery
- facial trauma
- tumour or osteoma obstructing the ostium
- cystic fibrosis
In up to one-third of patients no cause can be identified. Previous surgery or trauma may precede the mucocele by many years, sometimes by more than a decade. The wall is lined by respiratory mucosa over a fibrous stroma, and bone remodelling is thought to result both from pressure and from inflammatory mediators such as prostaglandins released by the lining.
### Location
The frontal sinus is involved most often (60-65%), followed by the ethmoid air cells (20-25%) and the maxillary sinus (approximately 10%); the sphenoid sinus accounts for only 1-2%.
## Radiographic features
### Plain radiograph
On sinus radiographs the affected sinus is opaque and enlarged, and the scalloped mucoperiosteal outline of the normal frontal sinus is lost. Plain films have largely been replaced by CT.
### CT
CT is the first-line investigation and demonstrates:
- a completely opacified, expanded sinus without air
- thinning, remodelling and bowing of the sinus walls, which may be dehiscent
- homogeneous contents, usually of low attenuation (10-18 HU), becoming hyperdense as the secretions become inspissated
- thin peripheral rim enhancement after contrast, without any solid enhancement
Bone erosion in mucoceles is smooth and pressure-related, in contrast to the permeative destruction of a malignancy. Coronal reconstructions are best for showing the relationship to the orbital roof and the cribriform plate. In the frontal sinus, the posterior wall may be thinned or dehiscent, allowing the mucocele to abut the dura of the frontal lobe.
### MRI
MRI is used to define intracranial or intraorbital extension and to exclude an underlying tumour. The signal of the contents varies with protein concentration and viscosity:
- low protein content: T1 hypointense, T2 hyperintense
- moderately increased protein: T1 hyperintense, T2 hyperintense
- very high protein, inspissated secretions: T1 and T2 hypointense, which may mimic an aerated sinus
Post-contrast images show a thin enhancing rim only; thick or nodular enhancement should raise concern for a mucopyocele or an obstructing tumour {2}.
## Treatment and prognosis
Treatment is surgical. Endoscopic marsupialisation, which widely opens the mucocele into the nasal cavity, has replaced external approaches in most centres and has a recurrence rate of less than 10%. Complications of untreated lesions include orbital cellulitis and abscess, meningitis, brain abscess and cerebrospinal fluid leak {3}. Long-term endoscopic follow-up is recommended, because recurrence may occur many years after the initial procedure.
## Differential diagnosis
The main differential considerations are:
- mucus retention cyst: a dome-shaped lesion in a sinus that is not expanded
- sinonasal malignancy: solid enhancement and aggressive bone destruction
- allergic fungal sinusitis: hyperdense, serpiginous contents in multiple expanded sinuses, with signal voids on T2
- cholesterol granuloma: T1 and T2 hyperintense
- encephalocele: continuity with the intracranial contents through a skull base defect
"""

S = "paranasal sinus mucocele"
GOLD = [
 ("definition", S, "", "an expanded, completely opacified, airless sinus filled with accumulated mucus, produced when the sinus ostium becomes obstructed", "is an expanded, completely opacified, airless sinus filled with accumulated mucus, produced when the sinus ostium becomes obstructed"),
 ("rank", S, S, "most common", "Mucoceles are the most common expansile lesion of the paranasal sinuses", {"group": "expansile lesion of the paranasal sinuses"}),
 ("statement", S, "extension", "orbit or the anterior cranial fossa", "they can extend into the orbit or the anterior cranial fossa"),
 ("age", S, "diagnosis", "fourth to seventh decades", "usually diagnosed in the fourth to seventh decades"),
 ("sex_ratio", S, "", "M = F (about equally)", "Men and women are affected about equally"),
 ("association", S, "cystic fibrosis in children", "cystic fibrosis", "In children a mucocele is unusual and should raise the possibility of cystic fibrosis", {"group": "risk factor"}),
 ("association", "frontal mucocele", "swelling above the medial canthus", "painless swelling above the medial canthus", "classically produces a painless swelling above the medial canthus", {"group": "presentation"}),
 ("association", "frontal mucocele", "proptosis with downward and lateral displacement of the globe", "proptosis with downward and lateral displacement of the globe", "proptosis with downward and lateral displacement of the globe", {"group": "presentation"}),
 ("association", "frontal mucocele", "diplopia", "diplopia", "sometimes with diplopia", {"group": "presentation"}),
 ("association", "sphenoid mucocele", "visual loss", "visual loss from compression of the optic nerve", "they may present with visual loss from compression of the optic nerve", {"group": "presentation"}),
 ("association", "sphenoid mucocele", "headache and ophthalmoplegia", "headache and ophthalmoplegia", "or with headache and ophthalmoplegia", {"group": "presentation"}),
 ("statement", S, "infected mucocele", "mucopyocele", "Infection of the contents turns a mucocele into a mucopyocele"),
 ("statement", S, "pathogenesis", "obstruction of the sinus drainage pathway", "The essential event is obstruction of the sinus drainage pathway, with continued mucus secretion by the lining mucosa"),
 ("association", S, "chronic rhinosinusitis and nasal polyposis", "chronic rhinosinusitis and nasal polyposis", "chronic rhinosinusitis and nasal polyposis", {"group": "cause"}),
 ("association", S, "previous sinus surgery", "previous sinus surgery, including functional endoscopic sinus surgery", "previous sinus surgery, including functional endoscopic sinus surgery", {"group": "cause"}),
 ("association", S, "facial trauma", "facial trauma", "facial trauma", {"group": "cause"}),
 ("association", S, "tumour or osteoma obstructing the ostium", "tumour or osteoma obstructing the ostium", "tumour or osteoma obstructing the ostium", {"group": "cause"}),
 ("association", S, "cystic fibrosis", "cystic fibrosis", "cystic fibrosis", {"group": "cause"}),
 ("percentage", S, "no identifiable cause", "up to one-third", "In up to one-third of patients no cause can be identified"),
 ("statement", S, "latency after surgery or trauma", "more than a decade", "Previous surgery or trauma may precede the mucocele by many years, sometimes by more than a decade"),
 ("frequency", S, "frontal sinus", "60-65%", "The frontal sinus is involved most often (60-65%)", {"group": "location"}),
 ("rank", S, "frontal sinus", "most common", "The frontal sinus is involved most often", {"group": "location"}),
 ("frequency", S, "ethmoid air cells", "20-25%", "followed by the ethmoid air cells (20-25%)", {"group": "location"}),
 ("frequency", S, "maxillary sinus", "approximately 10%", "the maxillary sinus (approximately 10%)", {"group": "location"}),
 ("frequency", S, "sphenoid sinus", "1-2%", "the sphenoid sinus accounts for only 1-2%", {"group": "location"}),
 ("appearance", S, "", "opaque and enlarged sinus, loss of scalloped mucoperiosteal outline", "the affected sinus is opaque and enlarged, and the scalloped mucoperiosteal outline of the normal frontal sinus is lost", {"attribute": "plain radiograph"}),
 ("statement", S, "first-line investigation", "CT", "CT is the first-line investigation"),
 ("appearance", S, "", "completely opacified, expanded sinus without air", "a completely opacified, expanded sinus without air", {"attribute": "CT"}),
 ("appearance", S, "", "thinning, remodelling and bowing of the sinus walls", "thinning, remodelling and bowing of the sinus walls, which may be dehiscent", {"attribute": "CT"}),
 ("threshold", S, "attenuation of contents", "10-18 HU", "homogeneous contents, usually of low attenuation (10-18 HU)", {"attribute": "typical attenuation of mucocele contents"}),
 ("appearance", S, "", "hyperdense when inspissated", "becoming hyperdense as the secretions become inspissated", {"attribute": "non-contrast CT"}),
 ("appearance", S, "", "thin peripheral rim enhancement, no solid enhancement", "thin peripheral rim enhancement after contrast, without any solid enhancement", {"attribute": "CECT"}),
 ("statement", S, "bone erosion", "smooth and pressure-related", "Bone erosion in mucoceles is smooth and pressure-related, in contrast to the permeative destruction of a malignancy"),
 ("statement", S, "role of MRI", "intracranial or intraorbital extension", "MRI is used to define intracranial or intraorbital extension and to exclude an underlying tumour"),
 ("statement", S, "MRI signal", "protein concentration and viscosity", "The signal of the contents varies with protein concentration and viscosity"),
 ("appearance", S, "low protein content", "T1 hypointense", "low protein content: T1 hypointense, T2 hyperintense", {"attribute": "T1"}),
 ("appearance", S, "low protein content", "T2 hyperintense", "low protein content: T1 hypointense, T2 hyperintense", {"attribute": "T2"}),
 ("appearance", S, "moderately increased protein", "T1 hyperintense", "moderately increased protein: T1 hyperintense, T2 hyperintense", {"attribute": "T1"}),
 ("appearance", S, "very high protein", "T1 and T2 hypointense", "very high protein, inspissated secretions: T1 and T2 hypointense, which may mimic an aerated sinus", {"attribute": "T1 and T2"}),
 ("appearance", S, "", "thin enhancing rim only", "Post-contrast images show a thin enhancing rim only", {"attribute": "T1 C+ (Gd)"}),
 ("statement", S, "thick or nodular enhancement", "mucopyocele or an obstructing tumour", "thick or nodular enhancement should raise concern for a mucopyocele or an obstructing tumour"),
 ("statement", S, "treatment", "endoscopic marsupialisation", "Endoscopic marsupialisation, which widely opens the mucocele into the nasal cavity, has replaced external approaches in most centres"),
 ("percentage", S, "recurrence after endoscopic marsupialisation", "less than 10%", "has a recurrence rate of less than 10%"),
 ("association", S, "orbital cellulitis and abscess", "orbital cellulitis and abscess", "Complications of untreated lesions include orbital cellulitis and abscess", {"group": "complication"}),
 ("association", S, "meningitis", "meningitis", "meningitis, brain abscess and cerebrospinal fluid leak", {"group": "complication"}),
 ("association", S, "brain abscess", "brain abscess", "meningitis, brain abscess and cerebrospinal fluid leak", {"group": "complication"}),
 ("association", S, "cerebrospinal fluid leak", "cerebrospinal fluid leak", "meningitis, brain abscess and cerebrospinal fluid leak", {"group": "complication"}),
 ("statement", S, "bilateral or multiple mucoceles", "uncommon", "Bilateral or multiple mucoceles are uncommon and are seen mostly after extensive sinus surgery or in cystic fibrosis"),
 ("association", "maxillary mucocele", "proptosis with upward displacement of the globe", "proptosis with upward displacement of the globe", "Maxillary mucoceles may push the orbital floor upwards, causing proptosis with upward displacement of the globe", {"group": "presentation"}),
 ("association", "ethmoid mucocele", "lateral displacement of the globe", "displace the globe laterally", "Ethmoid mucoceles tend to displace the globe laterally", {"group": "presentation"}),
 ("statement", S, "lining", "respiratory mucosa", "The wall is lined by respiratory mucosa over a fibrous stroma"),
 ("statement", S, "coronal reconstructions", "orbital roof and the cribriform plate", "Coronal reconstructions are best for showing the relationship to the orbital roof and the cribriform plate"),
 ("statement", S, "follow-up", "long-term endoscopic follow-up", "Long-term endoscopic follow-up is recommended, because recurrence may occur many years after the initial procedure"),
 ("differential", S, "mucus retention cyst", "mucus retention cyst", "mucus retention cyst: a dome-shaped lesion in a sinus that is not expanded"),
 ("differential", S, "sinonasal malignancy", "sinonasal malignancy", "sinonasal malignancy: solid enhancement and aggressive bone destruction"),
 ("differential", S, "allergic fungal sinusitis", "allergic fungal sinusitis", "allergic fungal sinusitis: hyperdense, serpiginous contents in multiple expanded sinuses, with signal voids on T2"),
 ("differential", S, "cholesterol granuloma", "cholesterol granuloma", "cholesterol granuloma: T1 and T2 hyperintense"),
 ("differential", S, "encephalocele", "encephalocele", "encephalocele: continuity with the intracranial contents through a skull base defect"),
]
