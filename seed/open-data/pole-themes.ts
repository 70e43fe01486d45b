/**
 * How the domains of the pôles de compétitivité (free French words of their announcements, e.g.
 * « aéronautique », « matériaux composites ») map to Maillage's theme vocabulary. Reviewed by
 * hand: a rule names the words it catches; a domain that no rule catches keeps its own words in
 * the pôle's `domains` and becomes no theme (« filière équine », for instance: no theme is made
 * for one pôle).
 */
export const poleThemeRules: readonly { words: RegExp; themes: readonly string[] }[] = [
	{ words: /aéronautique|aérospatial|spatial|drones/, themes: ['filiere-aeronautique'] },
	{ words: /agri|agro|^alimentation|végétal|pêche|aquaculture|produits de la mer/, themes: ['filiere-agroalimentaire'] },
	{ words: /nutrition|ingrédients santé|alimentation durable/, themes: ['filiere-nutrition-sante'] },
	{ words: /médicaments|thérap|bioproduction|biotech|infectio|maladies infectieuses/, themes: ['filiere-pharmacie'] },
	{ words: /^santé|e-santé|medtech|dispositifs médicaux|technologies médicales|diagnostic|biotech/, themes: ['filiere-sante'] },
	{ words: /électronique|photonique|optique|microtechniques/, themes: ['filiere-electronique'] },
	{ words: /cosmétique|parfum/, themes: ['filiere-cosmetique'] },
	{ words: /automobile|véhicule/, themes: ['filiere-automobile'] },
	{ words: /mobilit/, themes: ['mobilite'] },
	{ words: /ferroviaire/, themes: ['filiere-ferroviaire'] },
	{ words: /chimie/, themes: ['filiere-chimie'] },
	{ words: /bois|forêt/, themes: ['filiere-bois'] },
	{ words: /^machines$/, themes: ['filiere-machines-outils'] },
	{ words: /mécanique|microtechniques|technologies avancées de production|procédés de transformation/, themes: ['filiere-mecanique'] },
	{ words: /métallurgie|sidérurgie/, themes: ['filiere-metallurgie'] },
	{ words: /nucléaire/, themes: ['filiere-nucleaire'] },
	{ words: /défense/, themes: ['filiere-defense'] },
	{ words: /finance|fintech|assurance|gestion d'actifs/, themes: ['filiere-finance'] },
	{ words: /naval|nautisme|économie maritime/, themes: ['filiere-nautique-navale'] },
	{ words: /ports|transport de personnes et de marchandises/, themes: ['filiere-transport-logistique'] },
	{ words: /bâtiment|construction|génie civil|travaux publics|immobilier/, themes: ['filiere-construction'] },
	{ words: /bâtiment durable|bâtiments intelligents/, themes: ['efficacite-energetique-batiments'] },
	{
		words: /numérique|digital|^iot$|open source|réseaux de communication|cybersécurité|^image$|imagerie|deep tech|quantique/,
		themes: ['numerique']
	},
	{ words: /^ia$|ia et data/, themes: ['intelligence-artificielle'] },
	{ words: /robotique/, themes: ['robotique'] },
	{ words: /matériaux|composites|plastiques|plasturgie|caoutchoucs|céramique|textile|papier/, themes: ['materiaux'] },
	{ words: /recyclage|valorisation des déchets|économie circulaire/, themes: ['economie-circulaire'] },
	{ words: /décarbonation|décarbonée|énergies non émettrices/, themes: ['decarbonation'] },
	{ words: /énergies renouvelables|solaire|géothermie|énergies marines/, themes: ['energies-renouvelables'] },
	{ words: /gaz renouvelables/, themes: ['gaz-renouvelables'] },
	{ words: /hydrogène/, themes: ['hydrogene'] },
	{ words: /biomasse|bioéconomie|biosourcés/, themes: ['biomasse'] },
	{ words: /^énergie$|transition énergétique|réseaux électriques|réseaux énergétiques/, themes: ['filiere-energie'] },
	{ words: /^eau$|transition hydrique/, themes: ['gestion-de-l-eau'] },
	{ words: /ressources biologiques marines/, themes: ['biodiversite-marine'] },
	{ words: /^environnement/, themes: ['transition-ecologique'] },
	{ words: /aménagement des territoires/, themes: ['developpement-territorial'] },
	{ words: /stockage géologique/, themes: ['ccus'] }
];

/** The themes a pôle's domain maps to; none when no rule names it. */
export function themesOfDomain(domain: string): string[] {
	const words = domain.trim().toLowerCase();
	return [...new Set(poleThemeRules.filter((rule) => rule.words.test(words)).flatMap((rule) => rule.themes))];
}
