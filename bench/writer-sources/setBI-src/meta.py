META = {}
META["developmental-venous-anomaly"] = dict(
    title="Developmental venous anomaly", system="Central Nervous System", forms=["html", "md", "txt"],
    rid="4412", authors=["Imogen Varga", "Dariusz Pell", "Halima Osei"], revised="11 Feb 2026", accessed="3 Mar 2026",
    revisions=96, contributors=38, promo="Neuroradiology vascular malformations masterclass - enrol now",
    desc="Developmental venous anomalies (DVAs) are congenital variants of the normal transmedullary venous drainage of the brain.",
    synonyms=["DVA", "Venous angioma", "Cerebral venous anomaly"],
    refs=["Ruiz DS, Yilmaz H, Gailloud P. Cerebral developmental venous anomalies: current concepts. Ann Neurol. 2009;66(3):271-83.",
          "Brinjikji W, El-Masri AE, Wald JT, Lanzino G. Prevalence of developmental venous anomalies increases with age. Stroke. 2017;48(7):1997-9.",
          "San Millan Ruiz D, Gailloud P. Cerebral developmental venous anomalies. Childs Nerv Syst. 2010;26(10):1395-406."],
    relhead="Intracranial vascular malformations", related=["Cerebral cavernous malformation", "Capillary telangiectasia", "Cerebral arteriovenous malformation", "Sinus pericranii", "Blue rubber bleb naevus syndrome"],
    cases=["frontal DVA with caput medusae", "cerebellar DVA", "DVA with cavernoma", "thrombosed DVA with venous infarct"],
    txtlists="bullets")
def _m(**k):
    base = dict(revised="14 Jan 2026", accessed="2 Mar 2026", revisions=41, contributors=17,
                promo="New course: Musculoskeletal and paediatric imaging essentials", cases=["Case A", "Case B"])
    base.update(k); return base
META["kimura-disease"] = _m(title="Kimura disease", system="Head & Neck", forms=["html"], rid="15720",
    authors=["Wen-Li Tsao", "Kofi Mensah", "Raquel Ibarra"], desc="Kimura disease is a rare, chronic inflammatory disorder of unknown aetiology.",
    synonyms=["Kimura's disease", "Eosinophilic hyperplastic lymphogranuloma"],
    refs=["Kim HT, Szeto C. Eosinophilic hyperplastic lymphogranuloma, comparison with Mikulicz's disease. Chin Med J. 1937;23:699-700.",
          "Park SW, Kim HJ, Sung KJ et al. Kimura disease: CT and MR imaging findings. AJNR Am J Neuroradiol. 2012;33(4):784-8."],
    relhead="Parotid gland pathology", related=["Parotid gland", "IgG4-related disease", "Angiolymphoid hyperplasia with eosinophilia", "Warthin tumour", "Parotid lymphoma"],
    cases=["bilateral parotid Kimura disease", "preauricular subcutaneous mass"])
META["agenesis-of-the-corpus-callosum"] = _m(title="Agenesis of the corpus callosum", system="Paediatrics", forms=["txt"], rid="8821",
    authors=["Saoirse Kilbride", "Anil Rao", "Mette Holm"], desc="", section="Pathology",
    synonyms=["Callosal agenesis", "Corpus callosum agenesis", "ACC"],
    refs=["Paul LK, Brown WS, Adolphs R et al. Agenesis of the corpus callosum: genetic, developmental and functional aspects of connectivity. Nat Rev Neurosci. 2007;8(4):287-99.",
          "Santo S, D'Antonio F, Homfray T et al. Counseling in fetal medicine: agenesis of the corpus callosum. Ultrasound Obstet Gynecol. 2012;40(5):513-21."],
    relhead="Congenital brain malformations", related=[], cases=["complete agenesis with colpocephaly", "partial agenesis with lipoma", "Probst bundles on DTI"],
    txtlists="lines")
META["petrous-apex-cholesterol-granuloma"] = _m(title="Petrous apex cholesterol granuloma", system="Head & Neck", forms=["md"], rid="10354",
    authors=["Tomasz Wierzbicki", "Ngozi Adeyemi", "Lars Pettersen"], desc="",
    synonyms=["Cholesterol granuloma of the petrous apex", "Cholesterol cyst of the petrous apex"],
    refs=["Isaacson B. Cholesterol granuloma and other petrous apex lesions. Otolaryngol Clin North Am. 2015;48(2):361-73.",
          "Chapman PR, Shah R, Curé JK, Bag AK. Petrous apex lesions: pictorial review. AJR Am J Roentgenol. 2011;196(3 Suppl):WS26-37."],
    relhead="Petrous apex lesions", related=["Petrous apex", "Petrous apicitis", "Petrous apex effusion", "Congenital cholesteatoma", "Skull base chondrosarcoma"],
    cases=["left petrous apex cholesterol granuloma", "cholesterol granuloma with fluid level"],
    frontmatter={"title": "cholesterol-granuloma-petrous", "source": "radreport", "category": "pathology", "system": "head-neck", "modality": "mri"})
META["acute-transverse-myelitis"] = _m(title="Acute transverse myelitis", system="Spine", forms=["html"], rid="1937",
    authors=["Hamid Farouk", "Clémence Aubry", "Jonah Weiss"], desc="Acute transverse myelitis (ATM) is an inflammatory disorder of the spinal cord.",
    synonyms=["Transverse myelitis", "ATM"],
    refs=["Transverse Myelitis Consortium Working Group. Proposed diagnostic criteria and nosology of acute transverse myelitis. Neurology. 2002;59(4):499-505.",
          "Goh C, Desmond PM, Phal PM. MRI in transverse myelitis. J Magn Reson Imaging. 2014;40(6):1267-79."],
    relhead="Spinal cord inflammatory disease", related=["Longitudinally extensive transverse myelitis", "Neuromyelitis optica spectrum disorder", "MOG antibody-associated disease", "Spinal cord infarction", "Spinal dural arteriovenous fistula"],
    cases=["idiopathic transverse myelitis", "LETM in NMOSD", "short segment MS plaque"])
META["bankart-lesion"] = _m(title="Bankart lesion", system="Musculoskeletal", forms=["md"], rid="1013",
    authors=["Priya Ramaswamy", "Euan McTaggart", "Fatima Zahra Bennani"], desc="",
    synonyms=["Bankart tear", "Anteroinferior labral tear"],
    refs=["Bankart AS. Recurrent or habitual dislocation of the shoulder-joint. Br Med J. 1923;2(3285):1132-3.",
          "Woertler K, Waldt S. MR imaging in sports-related glenohumeral instability. Eur Radiol. 2006;16(12):2622-36."],
    relhead="Shoulder instability", related=["Hill-Sachs lesion", "ALPSA lesion", "Perthes lesion", "GLAD lesion", "HAGL lesion", "Reverse Bankart lesion"],
    cases=["bony Bankart lesion on CT", "Bankart lesion on MR arthrogram"],
    frontmatter={"title": "bankart-lesion", "source": "radiopaedia", "system": "musculoskeletal"})
META["biliary-atresia"] = _m(title="Biliary atresia", system="Paediatrics", forms=["txt"], rid="1054",
    authors=["Olumide Bakare", "Sun-Hee Park", "Ingrid Solberg"], desc="",
    synonyms=["Extrahepatic biliary atresia", "Neonatal obliterative cholangiopathy"],
    refs=["Hartley JL, Davenport M, Kelly DA. Biliary atresia. Lancet. 2009;374(9702):1704-13.",
          "Zhou L, Shan Q, Tian W et al. Ultrasound for the diagnosis of biliary atresia: a meta-analysis. AJR Am J Roentgenol. 2016;206(5):W73-82."],
    relhead="", related=[], cases=["triangular cord sign", "absent gallbladder", "HIDA with no bowel excretion"], txtlists="run")
META["case-monteggia-fracture-dislocation-in-a-6-year-old"] = _m(title="Monteggia fracture-dislocation", system="Paediatrics", forms=["html"], rid="188214",
    case=True, authors=["Dr Ewa Lindgren"], desc="Monteggia fracture-dislocation in a 6-year-old.",
    presentation="Fall from monkey bars onto an outstretched right hand. Painful, swollen forearm and reluctance to move the elbow.",
    age="6 years", gender="Male",
    refs=["Bado JL. The Monteggia lesion. Clin Orthop Relat Res. 1967;50:71-86.",
          "Ring D, Jupiter JB, Waters PM. Monteggia fractures in children and adults. J Am Acad Orthop Surg. 1998;6(4):215-24."],
    relhead="Forearm fractures", related=["Monteggia fracture-dislocation", "Galeazzi fracture-dislocation", "Radiocapitellar line", "Bado classification", "Pulled elbow"],
    cases=["Monteggia fracture-dislocation"], promo="Paediatric trauma X-ray course - enrol now")
